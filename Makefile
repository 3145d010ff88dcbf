# svcindex: PGXS build.
#
# The install script for the current version is assembled from the SQL
# pieces kept beside each capability's C sources: src/svcindex.sql first,
# then src/<capability>/*.sql in name order.  src/update/ holds the install
# scripts of released versions and the update scripts, installed as they
# are.

EXTENSION = svcindex
EXTVERSION = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" svcindex.control)

MODULE_big = svcindex
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c src/*/*.c)))

SQL_PARTS = src/svcindex.sql $(sort $(filter-out src/update/%,$(wildcard src/*/*.sql)))
DATA_built = svcindex--$(EXTVERSION).sql
DATA = $(wildcard src/update/svcindex--*.sql)

# PostgreSQL's headers are read as system headers, so that -Wextra judges
# only this project's code.
PG_CPPFLAGS = -I$(srcdir)/src -isystem $(includedir_server)

REGRESS = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --inputdir=$(srcdir)

EXTRA_CLEAN = results regression.diffs regression.out

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# Every object is rebuilt when a header changes.
$(OBJS): $(wildcard src/*.h src/*/*.h)

svcindex--$(EXTVERSION).sql: $(SQL_PARTS) svcindex.control
	cat $(SQL_PARTS) > $@

# The whole suite on a throwaway cluster: dependencies, build, install,
# pg_regress and pgTAP; ends with one "N passed, N failed" line.
.PHONY: test demo bench
test:
	bash test/run.sh

# The scorecard demo (DATA=<folder> loads the public data sets there).  Only
# a DATA given on the command line names that folder: PGXS's own DATA lists
# the scripts under src/update/.
demo:
	bash demo/run.sh $(if $(filter command line,$(origin DATA)),$(DATA))

# Benchmarks, run by hand; never part of "make test".
bench:
	bash bench/run.sh $(BENCH)
