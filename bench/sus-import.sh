#!/usr/bin/env bash
# SUS import benchmark (not a test): the time to validate and import a SUS export of 1 105 insatser
# (Sweden's national volume in 2018) through the real path — upload to the API, the background check
# (decode the whole file, merge with what is recorded, the consistency rules, the preview) and the
# all-or-nothing commit — on PostgreSQL, Keycloak and Payara Micro started for the run.
# Usage: bench/sus-import.sh   (knob: -Dinsatser=1105)
# The last line is: RESULT sus_import_1105_s=<seconds>   (validate + import; target ≤ 5 s on 2 cores)
. "$(dirname "$0")/lib.sh"
benchmark SusImportBenchmark "$@"
