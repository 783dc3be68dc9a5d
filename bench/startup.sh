#!/usr/bin/env bash
# Startup benchmark (not a test): time from launching Payara Micro with the app to /health/ready
# answering UP, and the resident memory then. Usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/select-jdk.sh
./mvnw -q -B -DskipTests -Prun package -pl web -am \
  -Dstack.main=se.finsam.uppfoljning.devstack.StartupBenchmark -Druns="${1:-3}"
