#!/bin/sh
# Benchmark of the graph side of similar tasks (not part of mvn verify): bench/run-measures.sh [TASKS [memory]]
# Writes TASKS generated tasks (default 250000) into a fresh embedded Neo4j (a temporary directory), times the
# computation and writing of every SAME_MEASURE link and Measure, then one plan ingested, replaced and deleted.
# With "memory [ROUNDS]": the computation alone (index, pairs, reciprocal marks and kept links, measures), without
# Neo4j, ROUNDS times (default 1). Each figure is printed with the CPU time of the process and the load average.
set -e
cd "$(dirname "$0")/.."
mvn -q -B -o compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
mkdir -p target/bench-classes
CP="target/classes:$(cat target/bench-classpath.txt)"
javac -encoding UTF-8 -cp "$CP" -d target/bench-classes \
  bench/src/dev/policygraph/analysis/similarity/OverlapBenchmark.java \
  bench/src/dev/policygraph/persistence/BenchTasks.java \
  bench/src/dev/policygraph/loading/MeasureGraphBenchmark.java
exec java -Xmx10g -cp "target/classes:target/bench-classes:$(cat target/bench-classpath.txt)" \
  dev.policygraph.loading.MeasureGraphBenchmark "$@"
