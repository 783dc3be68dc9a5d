#!/usr/bin/env bash
# Startup benchmark (not a test): time from launching Payara Micro with the app to /health/ready
# answering UP, and the resident memory then. Usage: bench/startup.sh [runs] [-Dcds=false ...]
# The last line is: RESULT ready_s=<median seconds> rss_mb=<median MB>
. "$(dirname "$0")/lib.sh"
benchmark StartupBenchmark -Druns="${1:-3}" "${@:2}"
