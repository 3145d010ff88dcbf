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

-- The issue's comparison is at equal or smaller error: tdigest at its
-- default compression is far less accurate than sla_agg, so find the
-- smallest integer compression whose worst error over the fractions above
-- is no larger than sla_agg's, and time tdigest there.  The grid 100, 300,
-- 1000, 3000, 10000 brackets it; bisection between the largest failing and
-- the smallest passing grid value then narrows it to one compression that
-- passes while the one below fails.  tdigest's error falls with
-- compression only up to noise, so the bisection's answer is that
-- boundary; a few smaller compressions may pass by chance.
\echo 'tdigest compression needed to match the error of sla_agg:'
CREATE TEMP TABLE bench_disc AS
SELECT f.q, extract(epoch FROM percentile_disc(f.q)
						WITHIN GROUP (ORDER BY elapsed))::float8 AS disc
  FROM bench_fraction f, bench_sla
 GROUP BY f.q;
CREATE TEMP TABLE bench_sla_error AS
SELECT max(abs(extract(epoch FROM percentile(k.s, d.q))::float8 - d.disc)
		   / d.disc) AS err
  FROM bench_disc d, bench_sketch k;

-- Worst relative error of tdigest at one compression over the fractions.
CREATE FUNCTION pg_temp.tdigest_error(compression int) RETURNS float8
LANGUAGE sql AS $$
	SELECT max(abs(t.est[d.i] - d.disc) / d.disc)
	  FROM (SELECT tdigest_percentile(seconds, compression,
									  (SELECT array_agg(q ORDER BY q)
										 FROM bench_disc)) AS est
			  FROM bench_sla) t,
		   (SELECT q, disc, row_number() OVER (ORDER BY q) AS i
			  FROM bench_disc) d
$$;

CREATE TEMP TABLE bench_match (compression int PRIMARY KEY, err float8);
INSERT INTO bench_match
SELECT c, pg_temp.tdigest_error(c)
  FROM unnest(ARRAY[100, 300, 1000, 3000, 10000]) c;
DO $$
DECLARE
	sla_err float8 := (SELECT err FROM bench_sla_error);
	failing int := (SELECT max(compression) FROM bench_match m
					 WHERE m.err > sla_err
					   AND m.compression < (SELECT min(compression)
											  FROM bench_match p
											 WHERE p.err <= sla_err));
	passing int := (SELECT min(compression) FROM bench_match
					 WHERE err <= sla_err);
	middle int;
	middle_err float8;
BEGIN
	IF passing IS NULL OR failing IS NULL THEN
		RETURN;
	END IF;
	WHILE passing - failing > 1 LOOP
		middle := (failing + passing) / 2;
		middle_err := pg_temp.tdigest_error(middle);
		INSERT INTO bench_match VALUES (middle, middle_err);
		IF middle_err <= sla_err THEN
			passing := middle;
		ELSE
			failing := middle;
		END IF;
	END LOOP;
END
$$;
SELECT m.compression, round((m.err * 100)::numeric, 4) AS tdigest_max_error,
	   round((s.err * 100)::numeric, 4) AS sla_agg_max_error,
	   m.err <= s.err AS matches
  FROM bench_match m, bench_sla_error s
 ORDER BY m.compression;

-- The matched compression: the smallest passing value tried, whose
-- neighbour below failed (or the grid's smallest value when it passes).
CREATE TEMP TABLE bench_matched AS
SELECT min(m.compression) AS compression
  FROM bench_match m, bench_sla_error s
 WHERE m.err <= s.err;
SELECT bench_time('sla', 'tdigest percentile, float8 column, matched error',
				  format('SELECT tdigest_percentile(seconds, %s, 0.95) FROM bench_sla',
						 compression),
				  3) IS NOT NULL AS timed
  FROM bench_matched
 WHERE compression IS NOT NULL;

\echo 'sla_agg against tdigest at matched error (peer time / sla_agg time):'
SELECT (SELECT compression FROM bench_matched) AS tdigest_compression,
	   round(t.ms::numeric, 1) AS tdigest_ms, round(s.ms::numeric, 1) AS sla_agg_ms,
	   round((t.ms / s.ms)::numeric, 2) AS peer_over_sla_agg
  FROM bench_result t, bench_result s
 WHERE t.label = 'tdigest percentile, float8 column, matched error'
   AND s.label = 'sla_agg percentile';

-- Moving window: the 95th percentile of the last 1,000 rows at each of
-- 100,000 rows.  sla_agg takes the leaving row out with its inverse step;
-- the same aggregate without moving-window functions (same transition and
-- final steps) is what PostgreSQL does for an aggregate it cannot move:
-- it aggregates each frame afresh.  tdigest has no inverse step either.
\echo 'moving window, 1,000-row frame over 100,000 rows:'
CREATE TABLE bench_sla_window AS
SELECT row_number() OVER () AS i, elapsed, seconds, target
  FROM (SELECT * FROM bench_sla LIMIT 100000) b;
VACUUM ANALYZE bench_sla_window;
CREATE AGGREGATE pg_temp.sla_agg_no_inverse(interval, interval) (
	SFUNC = sla_agg_transition,
	STYPE = internal,
	FINALFUNC = sla_agg_final
);
SELECT bench_time('sla_window', 'sla_agg percentile, inverse step',
				  'SELECT sum(extract(epoch FROM percentile(s, 0.95)))
					 FROM (SELECT sla_agg(elapsed, target)
								    OVER (ORDER BY i ROWS 999 PRECEDING) s
							 FROM bench_sla_window) w', 3) IS NOT NULL AS timed;
SELECT bench_time('sla_window', 'sla_agg percentile, each frame afresh',
				  'SELECT sum(extract(epoch FROM percentile(s, 0.95)))
					 FROM (SELECT pg_temp.sla_agg_no_inverse(elapsed, target)
								    OVER (ORDER BY i ROWS 999 PRECEDING) s
							 FROM bench_sla_window) w', 1) IS NOT NULL AS timed;
SELECT bench_time('sla_window', 'tdigest percentile, each frame afresh',
				  'SELECT sum(p)
					 FROM (SELECT tdigest_percentile(seconds, 100, 0.95)
								    OVER (ORDER BY i ROWS 999 PRECEDING) p
							 FROM bench_sla_window) w', 1) IS NOT NULL AS timed;
SELECT bench_time('sla_window', 'sla_compliance, inverse step',
				  'SELECT sum(c)
					 FROM (SELECT sla_compliance(elapsed, target)
								    OVER (ORDER BY i ROWS 999 PRECEDING) c
							 FROM bench_sla_window) w', 3) IS NOT NULL AS timed;
SELECT * FROM bench_report('sla_window', 'sla_agg percentile, inverse step');
