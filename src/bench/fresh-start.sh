#!/usr/bin/env bash
# Measures the acceptance target "fresh clone: ./mvnw serves the login page within 90 s" (docs/benchmarks.md).
# Clones the committed HEAD of this repository into a temporary folder, runs ./mvnw there (embedded defaults, a
# port of its own, data in the clone) and reports the seconds until GET /login answers 200, then stops it.
# ~/.m2 is used as it is: run it once before to measure with a warm cache, or point MAVEN_OPTS/-Dmaven.repo.local
# elsewhere to include the downloads.  Usage: src/bench/fresh-start.sh [port]
set -euo pipefail
port=${1:-18190}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/shopdesk-fresh-start.XXXXXX)
git clone -q "$repo" "$work/shopdesk"
cd "$work/shopdesk"

started=$(date +%s%N)
setsid ./mvnw -B -q -Dspring-boot.run.arguments="--server.port=$port" > "$work/run.log" 2>&1 &
group=$!
stop() { kill -TERM -- "-$group" 2> /dev/null || true; wait "$group" 2> /dev/null || true; }
trap stop EXIT

until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login" || true)" = "200" ]; do
    if ! kill -0 "$group" 2> /dev/null; then
        echo "./mvnw exited before serving the login page:"; tail -40 "$work/run.log"; exit 1
    fi
    if [ $(( ($(date +%s%N) - started) / 1000000000 )) -gt 600 ]; then
        echo "no login page after 600 s"; tail -40 "$work/run.log"; exit 1
    fi
    sleep 0.5
done
elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
echo "fresh clone: ./mvnw served /login after $((elapsed_ms / 1000)).$(( (elapsed_ms % 1000) / 100 )) s (clone in $work)"
