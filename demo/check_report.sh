#!/usr/bin/env bash
# The demo's own checks, run by make test on its running cluster: the demo
# script prints its scorecard on the sample (and on the public data when
# the folder is given), and the HTML report it writes renders in headless
# Chromium with its charts in the rendered page and nothing fetched from the
# network.  Prints one TAP line per check.
#
# Usage: bash demo/check_report.sh [DATA-FOLDER]   (PGHOST etc. and
# PG_BINDIR set, as test/cluster.sh's svc_start_cluster leaves them)
set -uo pipefail
cd "$(dirname "$0")/.."

data="${1:-}"
work=$(mktemp -d /tmp/svcindex-demo.XXXXXX)
trap 'rm -rf "$work"' EXIT
n=0

check() {
	local description="$1"
	shift
	n=$((n + 1))
	if "$@"; then
		echo "ok $n - $description"
	else
		echo "not ok $n - $description"
	fi
}

# Run the demo into a new database; its output goes to $work/NAME.out and
# its report to $work/NAME.html.
run_demo() {
	local name="$1"
	shift
	"$PG_BINDIR/createdb" "demo_$name" &&
		"$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -v report="$work/$name.html" \
			"$@" -d "demo_$name" -f demo/demo.sql >"$work/$name.out" 2>&1
	local status=$?
	"$PG_BINDIR/dropdb" --if-exists "demo_$name"
	[ $status -eq 0 ] || cat "$work/$name.out" >&2
	return $status
}

# Render a report in headless Chromium, with no network and a new empty
# profile, and keep the rendered DOM and a screenshot.
render() {
	local name="$1" profile
	profile=$(mktemp -d "$work/profile.XXXXXX")
	timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic \
		--no-first-run --disable-background-networking \
		--disable-component-update --disable-sync --user-data-dir="$profile" \
		--dump-dom "file://$work/$name.html" >"$work/$name.dom" 2>"$work/$name.chromium.log" &&
		timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic \
			--no-first-run --disable-background-networking \
			--disable-component-update --disable-sync --user-data-dir="$profile" \
			--window-size=1300,2400 --screenshot="$work/$name.png" \
			"file://$work/$name.html" >>"$work/$name.chromium.log" 2>&1
}

# The number of times a pattern occurs in a file.
occurrences() {
	grep -o -- "$2" "$1" | wc -l
}

at_least() {
	[ "$(occurrences "$1" "$2")" -ge "$3" ]
}

exactly() {
	[ "$(occurrences "$1" "$2")" -eq "$3" ]
}

# The report names no outside resource: no script, no link, no src or href.
self_contained() {
	! grep -qiE '<script|<link|<img|<iframe|src=|href=|url\(' "$1"
}

# Trim the blanks around every "|"-separated field of its input.
trim_fields() {
	awk -F'|' -v OFS='|' '{ for (i = 1; i <= NF; i++) gsub(/^ +| +$/, "", $i); $1 = $1; print }'
}

# The sample's scorecard rows as README.md shows them, and the same columns
# (site, rank, index, topsis, eff, sat, nps, its interval, sla %, p90) of
# the scorecard the demo printed.
readme_sample_rows() {
	awk '/^On the sample, the scorecard reads/ { on = 1 }
		 on && /^```$/ { if (++fence == 2) exit; next }
		 on && fence == 1 && /\|/ && !/^ *site / && !/^-/' README.md | trim_fields
}

printed_sample_rows() {
	trim_fields <"$1" |
		awk -F'|' -v OFS='|' '$2 == "2025-01-01" && NF == 20 {
			print $1, $3, $4, $5, $7, $11, $14, $15, $16, $20 }'
}

same_sample_rows() {
	[ "$(readme_sample_rows | wc -l)" -eq 5 ] &&
		[ "$(readme_sample_rows)" = "$(printed_sample_rows "$1")" ]
}

report_checks() {
	local name="$1" sites="$2" nps_sites="$3"
	check "$name: the report renders in headless Chromium" render "$name"
	check "$name: the report names no outside resource" self_contained "$work/$name.html"
	check "$name: a radar chart per site in the rendered page" \
		exactly "$work/$name.dom" '<svg class="radar"' "$sites"
	check "$name: every radar has its eight axes" \
		exactly "$work/$name.dom" '<line class="axis"' "$((8 * sites))"
	check "$name: every radar draws its scores" \
		exactly "$work/$name.dom" '<polygon class="score"' "$sites"
	check "$name: an NPS trend with its interval band per site with answers" \
		exactly "$work/$name.dom" '<polygon class="band"' "$nps_sites"
	check "$name: the compliance chart draws bars" \
		at_least "$work/$name.dom" '<rect class="bar"' 4
	check "$name: the screenshot is written" test -s "$work/$name.png"
}

check "sample: the demo runs and prints the scorecard" run_demo sample
check "sample: the printed scorecard has a row per site" \
	exactly "$work/sample.out" ' 2025-01-01 ' 5
check "sample: the scorecard README.md shows is the one printed" \
	same_sample_rows "$work/sample.out"
report_checks sample 5 5
check "sample: no paused clocks and no undated survey, so neither table" \
	exactly "$work/sample.dom" '<h2>\(Paused clocks\|Rated items\)' 0

if [ -n "$data" ]; then
	check "public data: the demo runs and prints the load report and scorecard" \
		run_demo data -v datadir="$data"
	check "public data: the load report is printed" \
		at_least "$work/data.out" '^ nyc311 ' 2
	# A radar for each of the seven sites; an NPS trend for the one survey
	# that asks the question.
	report_checks data 7 1
	check "public data: the service desk's paused clocks are printed" \
		at_least "$work/data.out" '^ ITSM  *| *861 ' 1
	check "public data: the report has the paused clocks and the rated items" \
		exactly "$work/data.dom" '<h2>\(Paused clocks\|Rated items of undated surveys\)</h2>' 2
	# The Turkiye evaluation: 28 questions in each of the 14 pairs of
	# instructor and course present in the file.
	check "public data: every Turkiye question per instructor and course" \
		exactly "$work/data.dom" '<td>TR\.Q[0-9][0-9]</td>' "$((28 * 14))"
fi

if [ -n "${SVCINDEX_DEMO_KEEP:-}" ]; then
	mkdir -p "$SVCINDEX_DEMO_KEEP"
	cp "$work"/*.html "$work"/*.png "$SVCINDEX_DEMO_KEEP"/
fi
echo "1..$n"
