#!/bin/sh
# Branch ov15 (27 November 2026): every variant family of loo15.py, each fold held out in turn, on the sets whose texts
# are at hand: the labelled pairs' two halves (labT, labH), cascade/ (cas) and Shanghai (sh). blind-ov2 is left out
# (its holder scores it). Not part of mvn verify.
#   bench/similarity/ov15.sh
# Writes target/ov15/: the tasks of the parser's fixture plans (src/test/resources/plans, the background of the IDF
# family; none of their tasks is a task of the three sets) and, where lucene-analysis-smartcn 9.11.1 (the Lucene
# version Neo4j brings) is in the local Maven repository, the smartcn words of every task (the word-unit family); where
# com.hankcs:hanlp:portable-1.8.4 is, its 同义词词林 (data/dictionary/synonym/CoreSynonym.txt; the Cilin family). Fetch
# them once with mvn dependency:get -Dartifact=GROUP:ARTIFACT:VERSION -Dtransitive=false; neither is a dependency.
# Needs target/policy-graph.jar (mvn -o package -DskipTests) and ../shared/eval.
set -e
cd "$(dirname "$0")/../.."
bench/similarity/four_sets.sh none > target/four_sets-none.txt
head -9 target/four_sets-none.txt
CP="target/classes:target/bench-classes:$(cat target/bench-cp.txt)"
mkdir -p target/ov15
for d in src/test/resources/plans/*/; do java -cp "$CP" DumpTasks "$d" 2>/dev/null; done > target/ov15/bg-tasks.jsonl
SMARTCN=$HOME/.m2/repository/org/apache/lucene/lucene-analysis-smartcn/9.11.1/lucene-analysis-smartcn-9.11.1.jar
if [ -f "$SMARTCN" ]; then
  javac -encoding UTF-8 -cp "$SMARTCN:$CP" -d target/bench-classes bench/similarity/SmartcnWords.java
  for s in lab cas sh; do java -cp "$SMARTCN:$CP" SmartcnWords target/$s-tasks.jsonl target/ov15/$s-words.jsonl; done
fi
HANLP=$HOME/.m2/repository/com/hankcs/hanlp/portable-1.8.4/hanlp-portable-1.8.4.jar
if [ -f "$HANLP" ]; then
  unzip -p "$HANLP" data/dictionary/synonym/CoreSynonym.txt > target/ov15/CoreSynonym.txt
fi
R=src/test/resources/overlap
python3 bench/similarity/loo15.py ../shared/eval target/ov15 lab target/lab-tasks.jsonl $R/overlap.gold.json \
  cas target/cas-tasks.jsonl $R/cascade/cascade.gold.json sh target/sh-tasks.jsonl $R/shanghai/shanghai.gold.json
