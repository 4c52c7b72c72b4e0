#!/usr/bin/env bash
# Runs every benchmark with the settings reported in benchmarks/README.md and writes the raw output to
# benchmarks/results/. Takes about 8 minutes on 2 cores; keep the machine otherwise idle while it runs.
# Run from the repository root after: mvn -B install -DskipTests
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cp="benchmarks/target/benchmarks.jar:benchmarks/target/lib/*"
out=benchmarks/results
mkdir -p "$out"
jmh() { java -cp "$cp" org.openjdk.jmh.Main "$@"; }
latency="-f 1 -wi 3 -w 1s -i 5 -r 2s"
jmh "EvaluationBenchmark|FallsBaselineBenchmark" -bm avgt,sample $latency -t 1 -prof gc \
  -rf json -rff "$out/latency.json" > "$out/latency.txt" 2>&1
jmh ScalingBenchmark -bm avgt $latency -t 1 -rf json -rff "$out/scaling.json" > "$out/scaling.txt" 2>&1
for threads in 1 2; do
  jmh "EvaluationBenchmark|FallsBaselineBenchmark" -p guidance=NONE -bm thrpt -tu ms -f 1 -wi 2 -w 2s -i 4 -r 2s \
    -t "$threads" -rf json -rff "$out/throughput-t$threads.json" > "$out/throughput-t$threads.txt" 2>&1
done
benchmarks/cold-start.sh > "$out/cold-start.txt" 2>&1
grep -h -E "^(Benchmark|EvaluationBenchmark|FallsBaselineBenchmark|ScalingBenchmark)" "$out"/*.txt | grep -v ":gc\.\(count\|time\|churn\)" || true
