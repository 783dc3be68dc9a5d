#!/usr/bin/env bash
# Cluster benchmark (not a test): the report read on one node and spread over two nodes of a cluster,
# stale reads across the nodes, and the gap after one node is killed under load (docs/drift.md).
# Usage: bench/cluster.sh [-Dbench.seconds=10 ...]   Run it on a quiet machine.
# The last line is: RESULT failover_gap_s=<s> stale_reads=<n> two_node_vs_one=<ratio>
. "$(dirname "$0")/lib.sh"
benchmark ClusterBenchmark "$@"
