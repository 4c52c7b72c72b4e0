#!/usr/bin/env bash
# Timed replay: generates a million synthetic calls from the reference case suite and replays them on one thread
# and on every core, printing calls per second (the figures in the README's "Replay at the scale of a service").
# Run from the repository root after `mvn -B install -DskipTests`.
set -euo pipefail
calls="${1:-1000000}"
jar=triage-examples/target/triage.jar
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
java -jar "$jar" generate --cases triage-rules/src/test/resources/cases --count "$calls" --seed 2026 \
  --out "$tmp/calls.jsonl.gz"
echo "== 1 thread (-Xmx256m)"
java -Xmx256m -jar "$jar" replay --threads 1 --out "$tmp/one.jsonl" "$tmp/calls.jsonl.gz" | head -1
echo "== every core ($(nproc))"
java -jar "$jar" replay --out "$tmp/all.jsonl" "$tmp/calls.jsonl.gz" | head -1
cmp "$tmp/one.jsonl" "$tmp/all.jsonl" && echo "results identical on 1 thread and on every core"
