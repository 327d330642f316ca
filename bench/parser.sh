#!/bin/sh
# Parser throughput (JMH, one core): bench/parser.sh [JMH options]. Not part of mvn verify.
# Prints the average time per operation (all plans of seeds/, ../shared/corpus and the test fixtures); MB/s is the
# byte count printed at set-up divided by that time.
set -e
cd "$(dirname "$0")/.."
mvn -q -B -Pbench -DskipTests test-compile
mvn -q -B -Pbench exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
  -Dexec.args="-cp %classpath org.openjdk.jmh.Main ParserBenchmark -t 1 $*"
