#!/bin/sh
# Benchmark of the similar-task search (not part of mvn verify): bench/run-overlaps.sh [TASKS]
# Compiles the application's classes, then this benchmark against them, and runs it on TASKS generated tasks
# (default 250000). Run from anywhere; it works in the project directory.
set -e
cd "$(dirname "$0")/.."
mvn -q -B -o compile
mkdir -p target/bench-classes
javac -encoding UTF-8 -cp target/classes -d target/bench-classes \
  bench/src/dev/policygraph/analysis/similarity/OverlapBenchmark.java
exec java -Xmx6g -cp target/classes:target/bench-classes dev.policygraph.analysis.similarity.OverlapBenchmark "$@"
