#!/usr/bin/env bash
# A bounded load run of the team server, not a test: builds, then starts the server on a loopback port
# over a throwaway store built from the given paths (default: samples and ../shared/corpus/seeds if present)
# and runs 20 clients for 10 s against GET /api/engagements and GET /engagements/{id}.
# Prints requests/s, p50/p99 latency and the error count; the server's log (a line per request) goes to
# readout-server/target/load-run.log. Usage: tools/load-run.sh [--clients N] [--seconds S] [PATH...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B install -DskipTests
opts=() paths=()
while [ $# -gt 0 ]; do
  case "$1" in
    --clients|--seconds) opts+=("$1" "$2"); shift 2 ;;
    *) paths+=("$1"); shift ;;
  esac
done
if [ ${#paths[@]} -eq 0 ]; then
  paths=("$root/samples")
  [ -d "$root/../shared/corpus/seeds" ] && paths+=("$root/../shared/corpus/seeds")
  [ -d "$root/../shared/corpus/dev" ] && paths+=("$root/../shared/corpus/dev")
fi
# The command line's classpath: the server with the log backend and its settings, as `readout serve` runs.
cp="$root/readout-cli/target/classes:$(cat "$root/readout-cli/target/classpath.txt")"
exec java -Xmx1g -Dorg.slf4j.simpleLogger.logFile="$root/readout-server/target/load-run.log" \
  -cp "$cp" org.readout.server.LoadRun "${opts[@]}" "${paths[@]}"
