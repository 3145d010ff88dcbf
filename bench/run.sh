#!/usr/bin/env bash
# make bench [BENCH=name]: run the benchmarks by hand on a throwaway cluster.
# Each bench/<name>.sql times svcindex against the plain-SQL way and the
# nearest peer in the same run and prints the ratios.  The peers it needs
# (the tdigest extension) are installed here, not by make test.
set -euo pipefail
cd "$(dirname "$0")/.."
. test/cluster.sh

only="${1:-}"
svc_find_postgres
svc_install_deps "postgresql-$PG_MAJOR-tdigest"
svc_build_install
svc_start_cluster

for file in bench/*.sql; do
	name=$(basename "$file" .sql)
	[ "$name" = lib ] && continue
	[ -n "$only" ] && [ "$name" != "$only" ] && continue
	echo "== bench/$name"
	"$PG_BINDIR/createdb" "bench_$name"
	"$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -d "bench_$name" \
		-f bench/lib.sql -f "$file"
	"$PG_BINDIR/dropdb" "bench_$name"
done
