#!/bin/sh
# Bounded load test of the dashboard queries (issue 9): bench/load.sh [CLIENTS] [SECONDS] [JAR]. Not part of mvn verify.
# Starts the packaged server on a fresh embedded graph (the seeds) in a temporary directory, on a free loopback port,
# waits until it is ready, warms it up for 30 s, runs bench/load/DashboardLoad.java (default 20 clients for 60 s), stops the server.
set -e
cd "$(dirname "$0")/.."
CLIENTS=${1:-20}
SECONDS_=${2:-60}
JAR=${3:-target/policy-graph.jar}
[ -f "$JAR" ] || mvn -q -B -o package -DskipTests
WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
POLICYGRAPH_DATA=$WORK/neo4j POLICYGRAPH_BOLT_PORT=0 SERVER_PORT=$PORT java -Xmx1g -jar "$JAR" serve \
  > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
for i in $(seq 1 300); do
  if curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1; then break; fi
  if ! kill -0 $SERVER 2>/dev/null; then cat "$WORK/server.log"; exit 1; fi
  sleep 1
done
echo "server ready after ${i}s on port $PORT; warming up (2 clients, 30 s, not counted)"
java bench/load/DashboardLoad.java "http://127.0.0.1:$PORT/graphql" 2 30 > /dev/null || true
java bench/load/DashboardLoad.java "http://127.0.0.1:$PORT/graphql" "$CLIENTS" "$SECONDS_"
