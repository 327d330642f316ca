#!/bin/bash
# Performance benchmark, not part of mvn verify: bench/perf/run.sh [TASKS] [BEFORE_JAR] [AFTER_JAR]
#   TASKS      size of the generated corpus in tasks (1k, 25k, 250k; default 25k)
#   BEFORE_JAR a jar of an earlier version to run side by side (optional; e.g. a build of main)
#   AFTER_JAR  default target/policy-graph.jar (run `mvn -q package -DskipTests` first)
# 1. generates a corpus in the seeds' layouts (CorpusGenerator; ../shared/corpus and the test plans as templates),
# 2. per jar: `ingest` into a fresh data directory (wall time, tasks/s, peak RSS; AFTER with -Xmx1g), then the same
#    files again (all unchanged), and `parse --json` of the corpus,
# 3. starts one server per jar on its database and times the dashboard queries interleaved (queries.py: p50/p95),
# 4. starts the @neo4j/graphql peer on the after database and compares project, peer and raw Cypher
#    (bench/peer/compare.mjs: concurrency 1 and 8, p50/p95/p99, load average; PEER=0 leaves it out).
# Writes the tables to stdout and to $WORK/results.md. Environment: WORK (default a new temporary directory),
# REPS (default 20), BUDGET seconds per query and server (default 60), AFTER_HEAP (default 1g), BOLT_PORT of the
# after server (17687), PEER_PORT (14000).
set -euo pipefail
cd "$(dirname "$0")/../.."
tasks=${1:-25k}
before=${2:-}
after=${3:-target/policy-graph.jar}
work=${WORK:-$(mktemp -d)}
reps=${REPS:-20}
budget=${BUDGET:-60}
after_heap=${AFTER_HEAP:-1g}
mkdir -p "$work"
echo "work directory: $work" >&2

mvn -q -B -o compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >&2
mkdir -p "$work/gen"
javac -d "$work/gen" -cp "target/classes:$(cat "$work/cp.txt")" bench/perf/src/dev/policygraph/bench/CorpusGenerator.java
if [ ! -d "$work/corpus" ]; then
  java -cp "$work/gen:target/classes:$(cat "$work/cp.txt")" dev.policygraph.bench.CorpusGenerator "$tasks" \
    "$work/corpus" | tee "$work/corpus.txt" >&2
fi
plans=$(ls "$work/corpus" | wc -l)
corpus_tasks=$(grep -o '[0-9]* tasks' "$work/corpus.txt" | head -1 | cut -d' ' -f1)
mb=$(du -sm "$work/corpus" | cut -f1)

names=()
jars=()
if [ -n "$before" ]; then names+=(before); jars+=("$before"); fi
names+=(after); jars+=("$after")

results="$work/results.md"
{
  echo "Corpus: $plans plans, $corpus_tasks tasks, $mb MB ($tasks requested); $(nproc) cores shared with other work"
  echo "(load average at start: $(cut -d' ' -f1-3 /proc/loadavg)), so figures are under load."
  echo
  echo "| step | $(IFS='|'; for n in "${names[@]}"; do printf ' %s |' "$n"; done)"
  echo "|---|$(for n in "${names[@]}"; do printf -- '---|'; done)"
} > "$results"

declare -A ingest_row reingest_row parse_row
for k in "${!names[@]}"; do
  n=${names[$k]}; jar=${jars[$k]}
  heap=""; [ "$n" = after ] && heap="-Xmx$after_heap"
  rm -rf "$work/db-$n"
  # start-up of the JVM and the database is in each run; a run with one file measures it
  /usr/bin/time -f '%e %M' -o "$work/time-$n-one.txt" env POLICYGRAPH_DATA="$work/db-$n-one" POLICYGRAPH_BOLT_PORT=0 \
    java $heap -jar "$jar" ingest "$work/corpus/p000000.txt" > /dev/null
  /usr/bin/time -f '%e %M' -o "$work/time-$n-ingest.txt" env POLICYGRAPH_DATA="$work/db-$n" POLICYGRAPH_BOLT_PORT=0 \
    java $heap -jar "$jar" ingest "$work/corpus" > "$work/ingest-$n.txt"
  /usr/bin/time -f '%e %M' -o "$work/time-$n-again.txt" env POLICYGRAPH_DATA="$work/db-$n" POLICYGRAPH_BOLT_PORT=0 \
    java $heap -jar "$jar" ingest "$work/corpus" > "$work/again-$n.txt"
  /usr/bin/time -f '%e %M' -o "$work/time-$n-parse.txt" java -jar "$jar" parse "$work/corpus" --json > "$work/parse-$n.json"
  read -r one _ < "$work/time-$n-one.txt"
  read -r secs rss < "$work/time-$n-ingest.txt"
  read -r again again_rss < "$work/time-$n-again.txt"
  read -r parse _ < "$work/time-$n-parse.txt"
  rate=$(python3 -c "print(f'{$corpus_tasks / max(0.1, $secs - $one):,.0f}')")
  ingest_row[$n]="$secs s (${one} s of it start-up), $rate tasks/s without start-up, peak RSS $((rss / 1024)) MB ${heap:-default heap}"
  reingest_row[$n]="$again s ($(cut -f1 "$work/again-$n.txt" | grep -c unchanged) unchanged), peak RSS $((again_rss / 1024)) MB"
  parse_row[$n]="$parse s"
done
{
  printf '| ingest %s plans into an empty directory |' "$plans"; for n in "${names[@]}"; do printf ' %s |' "${ingest_row[$n]}"; done; echo
  printf '| ingest the same files again |'; for n in "${names[@]}"; do printf ' %s |' "${reingest_row[$n]}"; done; echo
  printf '| parse --json of the corpus |'; for n in "${names[@]}"; do printf ' %s |' "${parse_row[$n]}"; done; echo
  echo
} >> "$results"
if [ -n "$before" ]; then
  if cmp -s "$work/parse-before.json" "$work/parse-after.json"; then
    echo "parse --json: before and after are byte-identical" >> "$results"
  else
    echo "parse --json: before and after DIFFER" >> "$results"
  fi
  echo >> "$results"
fi

pids=()
urls=()
port=18080
for k in "${!names[@]}"; do
  n=${names[$k]}; jar=${jars[$k]}
  bolt_port=0; [ "$n" = after ] && bolt_port=${BOLT_PORT:-17687}
  SERVER_PORT=$port POLICYGRAPH_DATA="$work/db-$n" POLICYGRAPH_BOLT_PORT=$bolt_port java -Xmx1g -jar "$jar" \
    > "$work/server-$n.log" 2>&1 &
  pids+=($!)
  urls+=("$n=http://localhost:$port/graphql")
  port=$((port + 1))
done
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
for u in "${urls[@]}"; do
  url=${u#*=}
  for _ in $(seq 1 600); do
    # -f: the ReadinessGate answers 503 while the server starts (task links recomputed), which is not ready
    if curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$url"; then break; fi
    sleep 1
  done
done
python3 bench/perf/queries.py "${urls[@]}" --reps "$reps" --budget "$budget" --json "$work/queries.json" >> "$results"
# 4. the @neo4j/graphql peer (bench/peer, pinned in its package-lock.json) on the after server's database over Bolt,
#    and the same logical queries against the project, the peer and raw Cypher, interleaved, at concurrency 1 and 8
if [ "${PEER:-1}" = 1 ]; then
  [ -d bench/peer/node_modules ] || (cd bench/peer && npm ci --no-audit --no-fund >&2)
  password=$(cat "$work/db-after/bolt-password")
  NEO4J_URI=bolt://127.0.0.1:${BOLT_PORT:-17687} NEO4J_PASSWORD=$password PEER_PORT=${PEER_PORT:-14000} \
    node bench/peer/server.mjs > "$work/peer.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 60); do grep -q "peer ready" "$work/peer.log" && break; sleep 1; done
  echo >> "$results"
  node bench/peer/compare.mjs --project "${urls[-1]#*=}" --peer "http://127.0.0.1:${PEER_PORT:-14000}/" \
    --bolt "bolt://127.0.0.1:${BOLT_PORT:-17687}" --password "$password" --reps "$reps" --budget "$budget" \
    --json "$work/compare.json" >> "$results"
fi
cat "$results"
