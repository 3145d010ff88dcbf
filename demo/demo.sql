-- The scorecard demo: the example schema, its report views and daily
-- rollup tables, then the embedded sample or, when the psql variable
-- datadir names a folder, the public data sets in it; fills the rollup
-- tables, prints the scorecard and writes the HTML report to the file
-- named by the psql variable report.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset pager off
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;

\ir schema.sql
\ir views.sql
\ir rollup.sql
\if :{?datadir}
\ir load.sql
\else
\ir sample.sql
\endif
ANALYZE;
CALL scorecard.refresh_daily_summary('-infinity');

\ir print.sql
\if :{?report}
\ir report.sql
\endif
