-- SLA summaries on 2 million durations: percentile from sla_agg against
-- count (the floor of any aggregate), the tdigest extension (the nearest
-- peer, on the same durations as float8 seconds) and exact
-- percentile_disc; sla_compliance against the plain-SQL share.  Errors of
-- both sketches against percentile_disc are printed beside the times.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS tdigest;
RESET client_min_messages;

-- Durations log-uniform from a second to about 11 days, to the
-- microsecond, against a one-day target.
SELECT setseed(0.5);
CREATE TABLE bench_sla AS
SELECT d * interval '1 microsecond' AS elapsed,
	   d / 1e6::float8 AS seconds,
	   interval '1 day' AS target
  FROM (SELECT round(1e6 * exp(random() * ln(1e6))) AS d
		  FROM generate_series(1, 2000000)) g;
VACUUM ANALYZE bench_sla;

SELECT bench_time('sla', 'count(elapsed)',
				  'SELECT count(elapsed) FROM bench_sla') IS NOT NULL AS timed;
SELECT bench_time('sla', 'percentile(sla_agg(elapsed, target), 0.95)',
				  'SELECT percentile(sla_agg(elapsed, target), 0.95) FROM bench_sla')
	   IS NOT NULL AS timed;
SELECT bench_time('sla', 'tdigest_percentile(seconds, 100, 0.95)',
				  'SELECT tdigest_percentile(seconds, 100, 0.95) FROM bench_sla')
	   IS NOT NULL AS timed;
SELECT bench_time('sla', 'percentile_disc(0.95) (exact)',
				  'SELECT percentile_disc(0.95) WITHIN GROUP (ORDER BY elapsed) FROM bench_sla',
				  3) IS NOT NULL AS timed;
SELECT bench_time('sla', 'sla_compliance(elapsed, target)',
				  'SELECT sla_compliance(elapsed, target) FROM bench_sla')
	   IS NOT NULL AS timed;
SELECT bench_time('sla', 'plain SQL share (count FILTER / count)',
				  'SELECT count(*) FILTER (WHERE elapsed <= target)::float8 / count(elapsed) FROM bench_sla')
	   IS NOT NULL AS timed;

\echo 'times against count(elapsed):'
SELECT * FROM bench_report('sla', 'count(elapsed)');

\echo 'tdigest time / sla_agg time (at least 3 wanted):'
SELECT round((SELECT ms FROM bench_result
			   WHERE label = 'tdigest_percentile(seconds, 100, 0.95)')::numeric
			 / (SELECT ms FROM bench_result
				 WHERE label = 'percentile(sla_agg(elapsed, target), 0.95)')::numeric,
			 2) AS tdigest_over_sla_agg;

\echo 'relative error against percentile_disc, per fraction:'
WITH fractions AS (
	SELECT unnest(ARRAY[0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999]::float8[]) AS q
), summary AS (
	SELECT sla_agg(elapsed, target) AS s FROM bench_sla
), digest AS (
	SELECT tdigest(seconds, 100) AS t FROM bench_sla
), exact AS (
	SELECT q, extract(epoch FROM percentile_disc(q) WITHIN GROUP (ORDER BY elapsed))::float8
			  AS disc
	  FROM fractions, bench_sla GROUP BY q
)
SELECT e.q,
	   round(e.disc::numeric, 3) AS disc_seconds,
	   round((abs(extract(epoch FROM percentile(s, e.q))::float8 - e.disc)
			  / e.disc * 100)::numeric, 4) AS sla_agg_error_pct,
	   round((abs(tdigest_percentile(t, e.q) - e.disc) / e.disc * 100)::numeric, 4)
		 AS tdigest_error_pct
  FROM exact e, summary, digest
 ORDER BY e.q;

\echo 'summary size in bytes:'
SELECT pg_column_size(sla_agg(elapsed, target)) AS sla_summary_bytes,
	   pg_column_size(tdigest(seconds, 100)) AS tdigest_bytes
  FROM bench_sla;
