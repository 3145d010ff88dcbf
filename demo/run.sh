#!/usr/bin/env bash
# make demo [DATA=<folder>]: install what is missing, build, install, start a
# throwaway cluster, load the example schema with its embedded sample (or,
# with a folder, the public data sets in it) and print the scorecard.
set -euo pipefail
cd "$(dirname "$0")/.."
. test/cluster.sh

data="${1:-}"
svc_find_postgres
svc_install_deps
svc_build_install
svc_start_cluster

"$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -d postgres -f demo/demo.sql
