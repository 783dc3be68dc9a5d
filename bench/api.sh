#!/usr/bin/env bash
# API benchmark (not a test): p50/p99 and throughput of reading a quarterly report and saving a
# draft at 200 concurrent clients on loopback, beside a bare JAX-RS endpoint on the same server.
# Usage: bench/api.sh [seconds-per-case]   (other knobs: -Dclients=200 -Dwarmup=10)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/select-jdk.sh
./mvnw -q -B -DskipTests -Prun package -pl web -am \
  -Dstack.main=se.finsam.uppfoljning.devstack.ApiBenchmark -Dseconds="${1:-20}"
