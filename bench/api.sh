#!/usr/bin/env bash
# API benchmark (not a test): open-loop latency (p50/p99/max at 50, 100 and 200 requests per second,
# counted from when each request was due) and closed-loop saturation throughput of reading a
# quarterly report and saving a draft, beside a bare JAX-RS endpoint on the same server.
# Usage: bench/api.sh [seconds-per-measurement]   (other knobs: -Drates=50,100,200 -Dclients=32
# -Dwarmup=10 -Djfr=true, passed after the seconds). Also every GET of the OpenAPI document that the
# office may call, open loop at 50/s for 5 s each (-Dget.rate, -Dget.seconds), on the demo data and its
# ids, measured first (before the save part registers its 300 insatser); -Dget.paths=<regex> measures
# only those paths, -Dget.only=true only that part.
# The last line is: RESULT read_p99_ms_at_100rps=<ms> save_p99_ms_at_100rps=<ms> read_vs_bare_saturation=<percent>
#   worst_get_p99_ms_at_50rps=<ms> worst_get=<operation>
. "$(dirname "$0")/lib.sh"
benchmark ApiBenchmark -Dseconds="${1:-10}" "${@:2}"
