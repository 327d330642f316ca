#!/bin/sh
# The overlap rule on the labelled pairs with the held-out discipline (not part of mvn verify): bench/similarity/run.sh
# 1. scores `overlaps --json` on the seeds and src/test/resources/overlap/corpus per half (halves.py) and overall;
# 2. explore.py: models of the rule (numpy), parameters chosen on the tuning half, both halves reported.
# 3. errors.py: every miss and false positive of the labelled pairs, by class.
# 4. with SETS="name=folder:gold.json ..." in the environment (sets labelled elsewhere, e.g. the real plans of
#    bench/similarity/sets, whose texts are not in the repo): per set the figures of `overlaps --json` and its errors
#    by class; then variants.py, every variant tried on the labelled halves and on every set.
#    (OTHER=folder OTHER_GOLD=gold.json still runs explore_sets.py, the first pass's variants, on one set.)
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
python3 bench/similarity/errors.py ../shared/eval target/labelled-tasks.jsonl $GOLD --halves
if [ -n "$SETS" ]; then
  ARGS=""
  for spec in $SETS; do
    name=${spec%%=*}; rest=${spec#*=}; dir=${rest%%:*}; gold=${rest#*:}
    echo "== $name"
    java -cp "$CP" dev.policygraph.PolicyGraphApplication overlaps "$dir" --json > "target/overlaps-$name.json"
    python3 ../shared/eval/score_overlap.py "$gold" "target/overlaps-$name.json"
    java -cp "target/classes:target/bench-classes:$(cat target/bench-cp.txt)" DumpTasks "$dir" \
      > "target/$name-tasks.jsonl" 2>/dev/null
    python3 bench/similarity/errors.py ../shared/eval "target/$name-tasks.jsonl" "$gold"
    ARGS="$ARGS $name target/$name-tasks.jsonl $gold"
  done
  python3 bench/similarity/variants.py ../shared/eval target/labelled-tasks.jsonl $GOLD $ARGS
fi
if [ -n "$OTHER" ]; then
  java -cp "$CP" dev.policygraph.PolicyGraphApplication overlaps "$OTHER" --json > target/overlaps-other.json
  python3 ../shared/eval/score_overlap.py "$OTHER_GOLD" target/overlaps-other.json
  java -cp "target/classes:target/bench-classes:$(cat target/bench-cp.txt)" DumpTasks "$OTHER" > target/other-tasks.jsonl 2>/dev/null
  python3 bench/similarity/explore_sets.py target/labelled-tasks.jsonl $GOLD target/other-tasks.jsonl "$OTHER_GOLD" \
    ../shared/eval bench/similarity
fi
