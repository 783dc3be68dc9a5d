# Sourced by each benchmark script: from the checkout's root with the project's JDK, runs one
# benchmark main of se.finsam.uppfoljning.devstack (it starts PostgreSQL, Keycloak and Payara Micro
# for the run) and prints its RESULT line last, once.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/select-jdk.sh

# usage: benchmark <main class> [Maven options and -D knobs ...]
benchmark() {
  local main=$1 log
  shift
  log=$(mktemp)
  trap "rm -f '$log'" EXIT
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  ./mvnw -q -B -DskipTests -Prun package -pl web -am \
    -Dstack.main="se.finsam.uppfoljning.devstack.$main" "$@" | tee "$log" | { grep -v "^RESULT " || true; }
  # the stack's shutdown may still log after the figures: the result line comes last, once
  grep '^RESULT ' "$log" | tail -1
}
