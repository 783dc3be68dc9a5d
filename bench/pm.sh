#!/usr/bin/env bash
# PM benchmark (not a test): the H2 2022 PM as PDF, warm, through the running app
# (GET /api/pm/2022/2/pdf as kansli on the demo data) beside a bare JasperReports fill + export of the
# same layout (PmRenderer.pdf) from the same PM's DTOs built once (each timed download follows an
# untimed edit of the PM's last text, so that the app renders it: decision 0032), on PostgreSQL, Keycloak and
# Payara Micro started for the run; then the national figure: 83 förbund with 15 insatser each set up
# (rows, Keycloak organisation and kansli user, data packages through the API) and all 83 H2 PMs
# downloaded as PDF by 2 clients at once.
# Usage: bench/pm.sh   (knobs: -Dwarmup=60 -Druns=15 -Dforbund=83 -Dnational.clients=2 -Djfr=true
#        -Dbench.http.port=18280 -Dbench.keycloak.port=18380 -Dbench.db.port=15532)
# The last line is: RESULT pm_pdf_median_ms=<ms> bare_median_ms=<ms> ratio=<x.xx> national_83_s=<seconds>
. "$(dirname "$0")/lib.sh"
benchmark PmBenchmark -o "$@"
