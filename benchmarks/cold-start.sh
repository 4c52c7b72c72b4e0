#!/usr/bin/env bash
# Cold start of a fresh JVM to the first triage result (see ColdStart): per mode, 1 warm-up and 5 counted runs.
#   jar         prebuilt rules jar, default JVM flags
#   jar-cds     prebuilt rules jar with an application class-data-sharing archive made by a first run
#   jar-cds-c1  the same with -XX:TieredStopAtLevel=1 (C1 only), a common start-up setting
#   drl         the DRL folder compiled at start-up
# Run from the repository root after: mvn -B install -DskipTests
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cp="benchmarks/target/benchmarks.jar:benchmarks/target/lib/*"
archive="$(mktemp -d)/triage.jsa"
java -XX:ArchiveClassesAtExit="$archive" -cp "$cp" org.hearandtreat.triage.benchmarks.ColdStart jar >/dev/null 2>&1
run() {
  local label="$1" mode="$2"; shift 2
  java "$@" -cp "$cp" org.hearandtreat.triage.benchmarks.ColdStart "$mode" >/dev/null 2>&1
  for _ in 1 2 3 4 5; do
    echo "$label $(java "$@" -cp "$cp" org.hearandtreat.triage.benchmarks.ColdStart "$mode" 2>/dev/null)"
  done
}
run jar jar -Xshare:auto
run jar-cds jar -XX:SharedArchiveFile="$archive"
run jar-cds-c1 jar -XX:SharedArchiveFile="$archive" -XX:TieredStopAtLevel=1
run drl drl -Xshare:auto
rm -f "$archive"
