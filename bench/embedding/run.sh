#!/bin/sh
# The embedding experiment of README "Similar tasks": bench/embedding/run.sh (downloads the model's Maven artifacts
# the first time: about 100 MB). Needs ../shared beside the project for the corpus and the scorer.
set -e
cd "$(dirname "$0")/../.."
mvn -q -B -o compile
(cd bench/embedding && mvn -q -B dependency:build-classpath -Dmdep.outputFile=../../target/embedding.classpath)
mkdir -p target/embedding-classes
CP="target/classes:$(cat target/embedding.classpath)"
javac -encoding UTF-8 -cp "$CP" -d target/embedding-classes bench/embedding/EmbedTasks.java
java -cp "$CP:target/embedding-classes" EmbedTasks target/tasks-embedded.json seeds src/test/resources/overlap/corpus
python3 bench/embedding/evaluate.py target/tasks-embedded.json src/test/resources/overlap/overlap.gold.json \
  ../shared/eval/score_overlap.py
