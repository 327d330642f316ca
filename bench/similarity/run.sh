#!/bin/sh
# Measures the alternatives for the overlap rule on the labelled pairs (not part of mvn verify):
# bench/similarity/run.sh. Needs python3 with numpy and jieba (Debian: python3-numpy python3-jieba) for the
# word-segmentation rows; prints one line per alternative (see evaluate.py).
set -e
cd "$(dirname "$0")/../.."
mvn -q -B -o compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >/dev/null
mkdir -p target/bench-classes
javac -encoding UTF-8 -cp target/classes -d target/bench-classes bench/similarity/DumpTasks.java
java -cp "target/classes:target/bench-classes:$(cat target/bench-cp.txt)" DumpTasks seeds \
  src/test/resources/overlap/corpus > target/labelled-tasks.jsonl 2>/dev/null
PY=python3
if ! $PY -c 'import jieba, numpy' 2>/dev/null; then PY=/usr/bin/python3; fi
exec $PY bench/similarity/evaluate.py target/labelled-tasks.jsonl src/test/resources/overlap/overlap.gold.json \
  ../shared/eval "$@"
