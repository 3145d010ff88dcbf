#!/usr/bin/env bash
# make test: install what is missing, build with warnings as errors,
# install, start a throwaway cluster, run the pg_regress suite (sql/,
# expected/) and the pgTAP suites (test/*.sql) and end with one line
# "N passed, N failed[, N skipped]".  Exits non-zero when any test fails.
#
# Suites named test/data_*.sql read the public data sets in
# $SVCINDEX_DATA (default ../shared/data); without that folder they are
# skipped and say so.
set -euo pipefail
cd "$(dirname "$0")/.."
. test/cluster.sh

svc_find_postgres
svc_install_deps
svc_build_install
svc_start_cluster

passed=0
failed=0
skipped=0
log="$SVC_TMP/test.log"

# pg_regress: one test per file in sql/.
echo "== pg_regress"
if make -s PG_CONFIG="$PG_CONFIG" installcheck >"$log" 2>&1; then :; fi
grep -E '\.\.\. (ok|FAILED|failed)' "$log" || true
n_ok=$(grep -cE '\.\.\. ok' "$log" || true)
n_bad=$(grep -cE '\.\.\. (FAILED|failed)' "$log" || true)
if [ "$n_ok" -eq 0 ] && [ "$n_bad" -eq 0 ]; then
	cat "$log"
	n_bad=1
fi
if [ "$n_bad" -gt 0 ] && [ -f regression.diffs ]; then
	echo "-- first lines of regression.diffs:"
	head -n 60 regression.diffs
fi
passed=$((passed + n_ok))
failed=$((failed + n_bad))

# pgTAP: each file in a database of its own; one test per assertion.
echo "== pgTAP"
data_dir=$(svc_data_dir)
export SVCINDEX_DATA="$data_dir"
for file in test/*.sql; do
	name=$(basename "$file" .sql)
	case "$name" in
	data_*)
		if [ -z "$data_dir" ]; then
			echo "$file: skipped (no data folder at ${SVCINDEX_DATA:-../shared/data})"
			skipped=$((skipped + 1))
			continue
		fi
		;;
	esac
	db="tap_$name"
	"$PG_BINDIR/createdb" "$db"
	status=0
	pg_prove --verbose --dbname "$db" "$file" >"$log" 2>&1 || status=$?
	n_ok=$(grep -cE '^ok [0-9]+' "$log" || true)
	n_bad=$(grep -cE '^not ok [0-9]+' "$log" || true)
	if [ "$status" -ne 0 ] && [ "$n_bad" -eq 0 ]; then
		n_bad=1
	fi
	if [ "$n_bad" -gt 0 ]; then
		grep -vE '^ok [0-9]+' "$log" | head -n 80
	fi
	echo "$file: $n_ok passed, $n_bad failed"
	passed=$((passed + n_ok))
	failed=$((failed + n_bad))
	"$PG_BINDIR/dropdb" "$db"
done

# ---- demo: begin ----------------------------------------------------------
# The scorecard demo as users run it (demo/demo.sql) on the sample and, when
# there is a data folder, on the public data; its HTML report rendered in
# headless Chromium (Debian package chromium, installed here when missing).
# One test per line "ok N" / "not ok N" of demo/check_report.sh.
echo "== demo"
svc_install_deps chromium
status=0
bash demo/check_report.sh "$data_dir" >"$log" 2>&1 || status=$?
n_ok=$(grep -cE '^ok [0-9]+' "$log" || true)
n_bad=$(grep -cE '^not ok [0-9]+' "$log" || true)
if [ "$status" -ne 0 ] && [ "$n_bad" -eq 0 ]; then
	n_bad=1
fi
if [ "$n_bad" -gt 0 ]; then
	grep -vE '^ok [0-9]+' "$log" | head -n 80
fi
if [ -z "$data_dir" ]; then
	echo "demo/check_report.sh: public data skipped (no data folder)"
	skipped=$((skipped + 1))
fi
echo "demo/check_report.sh: $n_ok passed, $n_bad failed"
passed=$((passed + n_ok))
failed=$((failed + n_bad))
# ---- demo: end ------------------------------------------------------------

summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$failed" -eq 0 ]
