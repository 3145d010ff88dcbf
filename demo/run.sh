#!/usr/bin/env bash
# make demo [DATA=<folder>]: install what is missing, build, install, start a
# throwaway cluster, load the example schema with its embedded sample (or,
# with a folder, the public data sets in it), print the load report and the
# scorecard, and write the HTML report to demo/out/scorecard.html.
set -euo pipefail
cd "$(dirname "$0")/.."
. test/cluster.sh

data="${1:-}"
# make passes its command line (DATA=...) down to the builds below, where
# PGXS would read DATA as the extension's own data files: build afresh.
unset MAKEFLAGS MFLAGS MAKEOVERRIDES
if [ -n "$data" ] && [ ! -d "$data" ]; then
	svc_die "no data folder at $data"
fi
svc_find_postgres
svc_install_deps
svc_build_install
svc_start_cluster

mkdir -p demo/out
report="$PWD/demo/out/scorecard.html"
args=(-v report="$report")
if [ -n "$data" ]; then
	args+=(-v datadir="$(cd "$data" && pwd)")
fi
"$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 "${args[@]}" -d postgres -f demo/demo.sql
