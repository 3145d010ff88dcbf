# Shell functions shared by test/run.sh, demo/run.sh and bench/run.sh:
# find PostgreSQL, install what the build and the tests need, build and
# install svcindex, and run a throwaway cluster in a temporary folder.
#
# Source it from the project root.  PG_CONFIG picks the PostgreSQL
# installation (default: the newest under /usr/lib/postgresql, else the
# pg_config on PATH).

svc_die() {
	echo "svcindex: $*" >&2
	exit 1
}

# Find pg_config and the major version.
svc_find_postgres() {
	if [ -z "${PG_CONFIG:-}" ]; then
		local newest
		newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
		if [ -n "$newest" ] && [ -x "$newest/pg_config" ]; then
			PG_CONFIG="$newest/pg_config"
		elif command -v pg_config >/dev/null 2>&1; then
			PG_CONFIG=$(command -v pg_config)
		else
			svc_die "no PostgreSQL found: install postgresql-15 (server and client) first"
		fi
	fi
	PG_BINDIR=$("$PG_CONFIG" --bindir)
	PG_MAJOR=$("$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
	export PG_CONFIG PG_BINDIR PG_MAJOR
}

# Install missing build and test dependencies (Debian packages) when root;
# otherwise name them and stop.
svc_install_deps() {
	local extra="$*" missing="" sharedir
	sharedir=$("$PG_CONFIG" --sharedir)
	[ -f "$("$PG_CONFIG" --pgxs)" ] || missing="$missing postgresql-server-dev-$PG_MAJOR"
	[ -f "$sharedir/extension/pgtap.control" ] || missing="$missing postgresql-$PG_MAJOR-pgtap"
	command -v pg_prove >/dev/null 2>&1 || missing="$missing libtap-parser-sourcehandler-pgtap-perl"
	for pkg in $extra; do
		dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
	done
	[ -z "$missing" ] && return 0
	if [ "$(id -u)" -ne 0 ]; then
		svc_die "missing packages:$missing; install them (sudo apt-get install$missing) and run again"
	fi
	echo "svcindex: installing$missing"
	apt-get update -qq >/dev/null || svc_die "apt-get update failed"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null \
		|| svc_die "apt-get install$missing failed"
}

# Build with warnings as errors and install into PostgreSQL.
svc_build_install() {
	make -s PG_CONFIG="$PG_CONFIG" COPT="-Wall -Wextra -Werror" >/dev/null \
		|| svc_die "build failed"
	if ! make -s PG_CONFIG="$PG_CONFIG" install >/dev/null; then
		svc_die "install failed: run as root, or run 'sudo make install' first"
	fi
}

# Start a cluster in a new temporary folder, reachable only through a Unix
# socket in that folder.  Sets PGHOST, PGPORT, PGUSER for psql and friends.
svc_start_cluster() {
	SVC_TMP=$(mktemp -d /tmp/svcindex.XXXXXX)
	chmod 755 "$SVC_TMP"
	SVC_RUN=""
	if [ "$(id -u)" -eq 0 ]; then
		id postgres >/dev/null 2>&1 || svc_die "running as root needs the 'postgres' user (from the postgresql package)"
		chown postgres "$SVC_TMP"
		SVC_RUN="runuser -u postgres --"
	fi
	trap svc_stop_cluster EXIT
	$SVC_RUN "$PG_BINDIR/initdb" -D "$SVC_TMP/data" -A trust -U postgres \
		--no-sync -E UTF8 --locale=C >"$SVC_TMP/initdb.log" 2>&1 \
		|| { cat "$SVC_TMP/initdb.log" >&2; svc_die "initdb failed"; }
	cat >>"$SVC_TMP/data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$SVC_TMP'
port = 5432
fsync = off
synchronous_commit = off
full_page_writes = off
max_worker_processes = 8
max_parallel_workers = 4
max_parallel_workers_per_gather = 2
shared_buffers = 256MB
work_mem = 64MB
CONF
	$SVC_RUN "$PG_BINDIR/pg_ctl" -D "$SVC_TMP/data" -l "$SVC_TMP/server.log" \
		-w -t 60 start >/dev/null \
		|| { cat "$SVC_TMP/server.log" >&2; svc_die "the throwaway cluster did not start"; }
	export PGHOST="$SVC_TMP" PGPORT=5432 PGUSER=postgres
}

# Stop the throwaway cluster and remove its folder.
svc_stop_cluster() {
	if [ -n "${SVC_TMP:-}" ] && [ -d "$SVC_TMP/data" ]; then
		$SVC_RUN "$PG_BINDIR/pg_ctl" -D "$SVC_TMP/data" -m immediate stop >/dev/null 2>&1 || true
		rm -rf "$SVC_TMP"
	fi
	SVC_TMP=""
}

# The folder of public data sets (absolute), or empty when there is none.
svc_data_dir() {
	local dir="${SVCINDEX_DATA:-../shared/data}"
	if [ -d "$dir" ]; then
		(cd "$dir" && pwd)
	fi
}
