#!/usr/bin/env bash
# Startup benchmark (not a test): time from launching Payara Micro with the app to /health/ready
# answering UP, and the resident memory then. Usage: bench/startup.sh [runs] [-Dcds=false ...]
# The last line is: RESULT ready_s=<median seconds> rss_mb=<median MB>
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/select-jdk.sh
log=$(mktemp)
trap 'rm -f "$log"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -q -B -DskipTests -Prun package -pl web -am \
  -Dstack.main=se.finsam.uppfoljning.devstack.StartupBenchmark -Druns="${1:-3}" "${@:2}" | tee "$log"
grep '^RESULT ' "$log" | tail -1
