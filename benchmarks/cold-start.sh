#!/usr/bin/env bash
# Cold start of a fresh JVM to the first triage result, 1 warm-up and 5 counted runs per mode (see ColdStart).
# Run from the repository root after: mvn -B install -DskipTests
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cp="benchmarks/target/benchmarks.jar:benchmarks/target/lib/*"
for mode in jar drl; do
  java -Xms256m -cp "$cp" org.hearandtreat.triage.benchmarks.ColdStart "$mode" >/dev/null 2>&1
  for run in 1 2 3 4 5; do
    java -Xms256m -cp "$cp" org.hearandtreat.triage.benchmarks.ColdStart "$mode" 2>/dev/null
  done
done
