#!/bin/sh
# The overlap rule on the labelled pairs with the held-out discipline (not part of mvn verify): bench/similarity/run.sh
# 1. scores `overlaps --json` on the seeds and src/test/resources/overlap/corpus per half (halves.py) and overall;
# 2. explore.py: models of the rule (numpy), parameters chosen on the tuning half, both halves reported.
# 3. with OTHER=folder-of-plans OTHER_GOLD=its-gold.json in the environment (a set labelled elsewhere, e.g. real plans
#    that are not in the repo): the figures of `overlaps --json` on it, and explore_sets.py, every variant on both sets.
# evaluate.py is the earlier table of alternatives (leave-one-plan-out; jieba rows need python3-jieba):
#   python3 bench/similarity/evaluate.py target/labelled-tasks.jsonl src/test/resources/overlap/overlap.gold.json ../shared/eval
set -e
cd "$(dirname "$0")/../.."
mvn -q -B -o compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >/dev/null
CP="target/classes:$(cat target/bench-cp.txt)"
GOLD=src/test/resources/overlap/overlap.gold.json
java -cp "$CP" dev.policygraph.PolicyGraphApplication overlaps seeds src/test/resources/overlap/corpus --json \
  > target/overlaps-labelled.json
python3 bench/similarity/split_score.py $GOLD target/overlaps-labelled.json ../shared/eval "$@"
mkdir -p target/bench-classes
javac -encoding UTF-8 -cp target/classes -d target/bench-classes bench/similarity/DumpTasks.java
java -cp "target/classes:target/bench-classes:$(cat target/bench-cp.txt)" DumpTasks seeds \
  src/test/resources/overlap/corpus > target/labelled-tasks.jsonl 2>/dev/null
python3 bench/similarity/explore.py target/labelled-tasks.jsonl $GOLD ../shared/eval
if [ -n "$OTHER" ]; then
  java -cp "$CP" dev.policygraph.PolicyGraphApplication overlaps "$OTHER" --json > target/overlaps-other.json
  python3 ../shared/eval/score_overlap.py "$OTHER_GOLD" target/overlaps-other.json
  java -cp "target/classes:target/bench-classes:$(cat target/bench-cp.txt)" DumpTasks "$OTHER" > target/other-tasks.jsonl 2>/dev/null
  python3 bench/similarity/explore_sets.py target/labelled-tasks.jsonl $GOLD target/other-tasks.jsonl "$OTHER_GOLD" \
    ../shared/eval bench/similarity
fi
