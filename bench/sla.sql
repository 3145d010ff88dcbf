-- SLA summaries on 2 million durations: percentile from sla_agg against
-- count (the floor of any aggregate over the table), the tdigest extension
-- (the nearest peer) and exact percentile_disc; sla_compliance against the
-- plain-SQL share.  tdigest takes float8, so it is timed on a float8
-- column of the same durations in seconds and on the interval column
-- through date_part and extract.  Serial plans, for steadier figures on a
-- shared machine; one parallel line for sla_agg.  Errors of both sketches
-- against percentile_disc are printed after the times.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS tdigest;
RESET client_min_messages;
SET max_parallel_workers_per_gather = 0;

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

CREATE TEMP TABLE bench_query (label text, query text, runs int);
INSERT INTO bench_query VALUES
	('count(elapsed)', 'SELECT count(elapsed) FROM bench_sla', 5),
	('sla_agg percentile',
	 'SELECT percentile(sla_agg(elapsed, target), 0.95) FROM bench_sla', 5),
	('tdigest percentile, float8 column',
	 'SELECT tdigest_percentile(seconds, 100, 0.95) FROM bench_sla', 5),
	('tdigest percentile, date_part(epoch)',
	 'SELECT tdigest_percentile(date_part(''epoch'', elapsed), 100, 0.95) FROM bench_sla', 5),
	('tdigest percentile, extract(epoch)',
	 'SELECT tdigest_percentile(extract(epoch FROM elapsed), 100, 0.95) FROM bench_sla', 3),
	('percentile_disc (exact)',
	 'SELECT percentile_disc(0.95) WITHIN GROUP (ORDER BY elapsed) FROM bench_sla', 3),
	('sla_compliance',
	 'SELECT sla_compliance(elapsed, target) FROM bench_sla', 5),
	('plain SQL share',
	 'SELECT count(*) FILTER (WHERE elapsed <= target)::float8 / count(elapsed) FROM bench_sla', 5);
SELECT count(bench_time('sla', label, query, runs)) AS timed FROM bench_query;

SET max_parallel_workers_per_gather = 2;
SELECT bench_time('sla', 'sla_agg percentile, 2 workers',
				  'SELECT percentile(sla_agg(elapsed, target), 0.95) FROM bench_sla')
	   IS NOT NULL AS timed;
SET max_parallel_workers_per_gather = 0;

\echo 'times against count(elapsed):'
SELECT * FROM bench_report('sla', 'count(elapsed)');

\echo 'tdigest against sla_agg: whole query, and time above the count(elapsed) scan:'
SELECT t.label AS peer,
	   round((t.ms / s.ms)::numeric, 2) AS peer_over_sla_agg,
	   round(((t.ms - c.ms) / greatest(s.ms - c.ms, 0.1))::numeric, 1)
		 AS above_scan_peer_over_sla_agg
  FROM bench_result t, bench_result s, bench_result c
 WHERE t.label LIKE 'tdigest%' AND s.label = 'sla_agg percentile'
   AND c.label = 'count(elapsed)'
 ORDER BY t.ms;

\echo 'relative error (%) against percentile_disc, per fraction:'
CREATE TEMP TABLE bench_fraction AS
SELECT unnest(ARRAY[0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999]::float8[]) AS q;
CREATE TEMP TABLE bench_sketch AS
SELECT (SELECT sla_agg(elapsed, target) FROM bench_sla) AS s,
	   (SELECT tdigest(seconds, 100) FROM bench_sla) AS t;
SELECT f.q,
	   round(e.disc::numeric, 3) AS disc_seconds,
	   round((abs(extract(epoch FROM percentile(k.s, f.q))::float8 - e.disc)
			  / e.disc * 100)::numeric, 4) AS sla_agg_error,
	   round((abs((SELECT tdigest_percentile(d.t, f.q) FROM (SELECT k.t) d(t)) - e.disc)
			  / e.disc * 100)::numeric, 4) AS tdigest_error
  FROM bench_fraction f, bench_sketch k,
	   LATERAL (SELECT extract(epoch FROM percentile_disc(f.q)
									 WITHIN GROUP (ORDER BY elapsed))::float8
			   FROM bench_sla) e(disc)
 ORDER BY f.q;

\echo 'summary sizes in bytes:'
SELECT pg_column_size(s) AS sla_summary_bytes, pg_column_size(t) AS tdigest_bytes
  FROM bench_sketch;
