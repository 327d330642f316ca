#!/bin/sh
# Ingest benchmark: the five seeds copied N times (default 200: 1000 documents) and ingested as one batch with
# `java -jar JAR ingest DIR` into a fresh embedded database. Start-up (JVM, Neo4j, migrations) is in every run,
# so the script also ingests the five seeds alone into another fresh database and reports the difference: the cost
# of the other documents. Last, it ingests the N copies again (all unchanged).
#   bench/ingest-seeds.sh [COPIES] [JAR]
set -e
cd "$(dirname "$0")/.."
copies=${1:-200}
jar=${2:-target/policy-graph.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/one" "$work/all"
cp seeds/*.txt "$work/one/"
i=0
while [ "$i" -lt "$copies" ]; do
  for f in seeds/*.txt; do
    cp "$f" "$work/all/c$(printf %03d "$i")_$(basename "$f")"
  done
  i=$((i + 1))
done
# run NAME DB DIR: prints the wall time in seconds and what the command reported per document
run() {
  start=$(date +%s.%N)
  POLICYGRAPH_DATA="$work/$2" POLICYGRAPH_BOLT_PORT=0 java -jar "$jar" ingest "$work/$3" > "$work/out.txt"
  end=$(date +%s.%N)
  seconds=$(echo "$end - $start" | bc)
  echo "$1: $seconds s ($(grep -P '^\w+\t' "$work/out.txt" | cut -f1 | sort | uniq -c | tr -s ' ' | xargs))" >&2
  echo "$seconds"
}
five=$(run "5 seeds, fresh database" db1 one)
all=$(run "$(ls "$work/all" | wc -l) documents, fresh database" db2 all)
run "the same documents again" db2 all > /dev/null
echo "ingest of $((copies * 5 - 5)) more documents: $(echo "$all - $five" | bc) s" >&2
