-- SLA summaries on generated data, checked against plain SQL: compliance
-- against count(*) FILTER, mean against avg, percentiles against
-- percentile_disc within the documented error at many fractions, parallel
-- plans against serial ones, rollups of daily summaries against direct
-- aggregation, binary output read back, and the moving-window
-- sla_compliance against count(*) FILTER over the same frames.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off

BEGIN;
CREATE EXTENSION pgtap;
CREATE EXTENSION svcindex;
SELECT plan(29);

-- 100,000 requests over 20 days: durations log-uniform from a second to
-- about a month, to the microsecond; every 50th exactly at its target,
-- every 97th still open (NULL), every 500th zero and every 700th negative.
SELECT setseed(0.42);
CREATE TABLE sla_gen AS
SELECT i,
	   date '2024-01-01' + (i % 20) AS day,
	   CASE WHEN i % 97 = 0 THEN NULL
			WHEN i % 50 = 0 THEN target
			WHEN i % 500 = 0 THEN interval '0'
			WHEN i % 700 = 0 THEN -round(exp(random() * 10)) * interval '1 second'
			ELSE round(1e6 * exp(random() * ln(2.6e6))) * interval '1 microsecond'
	   END AS elapsed,
	   target
  FROM generate_series(1, 100000) i,
	   LATERAL (SELECT (ARRAY['4 hours', '1 day', '3 days'])[1 + i % 3]::interval
				 WHERE i > 0) t(target);
ANALYZE sla_gen;

CREATE TABLE sla_direct AS SELECT sla_agg(elapsed, target) AS s FROM sla_gen;

SELECT is((SELECT total(s) FROM sla_direct),
		  (SELECT count(elapsed) FROM sla_gen),
		  'total counts the rows with a duration (open requests skipped)');
SELECT is((SELECT met(s) FROM sla_direct),
		  (SELECT count(*) FILTER (WHERE elapsed <= target) FROM sla_gen),
		  'met equals count(*) FILTER (WHERE elapsed <= target)');
SELECT is((SELECT breached(s) FROM sla_direct),
		  (SELECT count(*) FILTER (WHERE elapsed > target) FROM sla_gen),
		  'breached equals count(*) FILTER (WHERE elapsed > target)');
SELECT is((SELECT compliance(s) FROM sla_direct),
		  (SELECT (count(*) FILTER (WHERE elapsed <= target))::float8
				  / count(elapsed) FROM sla_gen),
		  'compliance equals the plain-SQL share');
SELECT is((SELECT sla_compliance(elapsed, target) FROM sla_gen),
		  (SELECT compliance(s) FROM sla_direct),
		  'sla_compliance equals compliance(sla_agg)');
SELECT is((SELECT extract(epoch FROM mean(s)) * 1000000 FROM sla_direct),
		  (SELECT round(avg(extract(epoch FROM elapsed) * 1000000)) FROM sla_gen),
		  'mean equals the exact mean, rounded to the microsecond');

-- Percentiles: within 0.99 % of percentile_disc plus half a microsecond
-- of rounding, at 0, 1 and every step of 0.005 between, and exact at the
-- ends.
CREATE TABLE sla_fraction AS
SELECT q::float8 AS q FROM generate_series(0, 1, 0.005) q
UNION SELECT unnest(ARRAY[0.0001, 0.001, 0.999, 0.9999]);
CREATE TABLE sla_percentile AS
SELECT q,
	   extract(epoch FROM percentile(s, q)) * 1000000 AS sketch_us,
	   (SELECT extract(epoch FROM percentile_disc(q) WITHIN GROUP (ORDER BY elapsed))
			   * 1000000 FROM sla_gen) AS disc_us
  FROM sla_fraction, sla_direct;
SELECT is((SELECT count(*) FROM sla_percentile)::int, 205,
		  'percentiles checked at 205 fractions');
SELECT is((SELECT string_agg(q::text, ', ') FROM sla_percentile
			WHERE abs(sketch_us - disc_us) > 0.0099 * abs(disc_us) + 0.5),
		  NULL, 'every percentile is within 0.99 % + 0.5 us of percentile_disc');
SELECT is((SELECT count(*) FROM sla_percentile
			WHERE abs(sketch_us - disc_us) > 0.01 * abs(disc_us)
			  AND abs(disc_us) >= 5000)::int, 0,
		  'every percentile of 5 ms or more is within 1 %');
SELECT ok((SELECT bool_and(sketch_us = disc_us) FROM sla_percentile
			WHERE q IN (0, 1)), 'percentiles 0 and 1 are the exact minimum and maximum');
SELECT ok((SELECT max(abs(sketch_us - disc_us) / abs(disc_us)) FROM sla_percentile
			WHERE disc_us <> 0) > 0.001,
		  'the check can fail: percentiles are estimates, not exact values');

-- Rollup of daily summaries equals direct aggregation.
CREATE TABLE sla_daily AS
SELECT day, sla_agg(elapsed, target) AS s FROM sla_gen GROUP BY day;
SELECT is((SELECT rollup(s)::text FROM sla_daily),
		  (SELECT s::text FROM sla_direct),
		  'rollup of 20 daily summaries equals the direct summary');
SELECT is((SELECT sum(total(s)) FROM sla_daily)::bigint,
		  (SELECT total(s) FROM sla_direct),
		  'daily totals add up to the direct total');

-- Binary output read back by COPY ... BINARY.
CREATE TABLE sla_copy (s sla_summary);
DO $$
DECLARE
	path text := current_setting('data_directory') || '/sla_summary_copy.bin';
BEGIN
	EXECUTE format('COPY (SELECT s FROM sla_direct) TO %L WITH (FORMAT binary)',
				   path);
	EXECUTE format('COPY sla_copy FROM %L WITH (FORMAT binary)', path);
END
$$;
SELECT is((SELECT s::text FROM sla_copy), (SELECT s::text FROM sla_direct),
		  'binary output reads back to the same summary');
SELECT is((SELECT s::text::sla_summary::text FROM sla_direct),
		  (SELECT s::text FROM sla_direct),
		  'text output reads back to the same summary');
SELECT cmp_ok((SELECT pg_column_size(s) FROM sla_direct), '<=', 8192,
			  'the summary of 100,000 durations takes at most 8 KB');

-- Durations from a microsecond to 30 years: the stored window keeps the
-- top 1000 buckets (a factor of gamma^1000 = 3.97 * 10^8), so percentiles
-- of at least max / 3.97e8 stay within the bound; rollup still equals
-- direct.
CREATE TABLE sla_wide AS
SELECT date '2024-01-01' + (i % 7) AS day,
	   round(exp(random() * ln(9.5e14))) * interval '1 microsecond' AS elapsed
  FROM generate_series(1, 50000) i;
CREATE TABLE sla_wide_direct AS
SELECT sla_agg(elapsed, '1 day') AS s FROM sla_wide;
SELECT is((SELECT count(*) FROM sla_fraction, sla_wide_direct
			WHERE (SELECT percentile_disc(q) WITHIN GROUP (ORDER BY elapsed)
					 FROM sla_wide) >= (SELECT max(elapsed) FROM sla_wide) / 3.97e8
			  AND abs(extract(epoch FROM percentile(s, q) -
							  (SELECT percentile_disc(q) WITHIN GROUP (ORDER BY elapsed)
								 FROM sla_wide)) * 1000000)
				  > 0.0099 * extract(epoch FROM (SELECT percentile_disc(q)
						WITHIN GROUP (ORDER BY elapsed) FROM sla_wide)) * 1000000 + 0.5)::int,
		  0, 'wide range: percentiles above max / 3.97e8 are within the bound');
SELECT cmp_ok((SELECT pg_column_size(s) FROM sla_wide_direct), '<=', 8192,
			  'wide range: the summary takes at most 8 KB');
SELECT is((SELECT rollup(s)::text FROM (SELECT sla_agg(elapsed, '1 day') s
										  FROM sla_wide GROUP BY day) d),
		  (SELECT s::text FROM sla_wide_direct),
		  'wide range: rollup of daily summaries equals direct');

-- Summaries of very different data (microseconds, hours, negative
-- durations of days, years, zeros) merged: rollup equals direct
-- aggregation, serially and in parallel (below).
SELECT setseed(0.3);
CREATE TABLE sla_mixed AS
SELECT g, i,
	   CASE g % 5
		   WHEN 0 THEN round(random() * 100)::int8 * interval '1 microsecond'
		   WHEN 1 THEN round(random() * 1e10)::int8 * interval '1 microsecond'
		   WHEN 2 THEN -round(random() * 1e12)::int8 * interval '1 microsecond'
		   WHEN 3 THEN (random() * 10)::int * interval '1 year'
		   ELSE interval '0'
	   END AS elapsed
  FROM generate_series(1, 50) g, generate_series(1, 2000) i;
CREATE TABLE sla_mixed_group AS
SELECT g, sla_agg(elapsed, '1 hour') AS s FROM sla_mixed GROUP BY g;
CREATE TABLE sla_mixed_direct AS
SELECT sla_agg(elapsed, '1 hour')::text AS s FROM sla_mixed;
SELECT is((SELECT rollup(s)::text FROM sla_mixed_group),
		  (SELECT s FROM sla_mixed_direct),
		  'rollup of summaries of very different data equals direct aggregation');

-- Parallel plans give the serial answer.
SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SET LOCAL min_parallel_table_scan_size = 0;
SET LOCAL max_parallel_workers_per_gather = 2;
SET LOCAL force_parallel_mode = on;
CREATE FUNCTION pg_temp.plan_of(query text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	line text;
	result text := '';
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
		result := result || line || E'\n';
	END LOOP;
	RETURN result;
END
$$;
SELECT ok(pg_temp.plan_of('SELECT sla_agg(elapsed, target) FROM sla_gen')
		  ~ 'Partial Aggregate' AND
		  pg_temp.plan_of('SELECT sla_agg(elapsed, target) FROM sla_gen') ~ 'Gather',
		  'sla_agg runs as a parallel partial aggregate');
SELECT is((SELECT sla_agg(elapsed, target)::text FROM sla_gen),
		  (SELECT s::text FROM sla_direct),
		  'parallel sla_agg equals serial');
SELECT ok(pg_temp.plan_of('SELECT rollup(s) FROM sla_daily') ~ 'Partial Aggregate',
		  'rollup runs as a parallel partial aggregate');
SELECT is((SELECT rollup(s)::text FROM sla_daily),
		  (SELECT s::text FROM sla_direct),
		  'parallel rollup equals serial');
SELECT is((SELECT sla_compliance(elapsed, target) FROM sla_gen),
		  (SELECT compliance(s) FROM sla_direct),
		  'parallel sla_compliance equals serial');
SELECT ok(pg_temp.plan_of('SELECT sla_agg(elapsed, ''1 hour'') FROM sla_mixed')
		  ~ 'Partial Aggregate',
		  'sla_agg over the mixed data runs as a parallel partial aggregate');
SELECT is((SELECT sla_agg(elapsed, '1 hour')::text FROM sla_mixed),
		  (SELECT s FROM sla_mixed_direct),
		  'parallel sla_agg over the mixed data equals serial');
SELECT is((SELECT rollup(s)::text FROM sla_mixed_group),
		  (SELECT s FROM sla_mixed_direct),
		  'parallel rollup of the mixed summaries equals serial');
RESET force_parallel_mode;
RESET max_parallel_workers_per_gather;

-- Moving windows: sla_compliance over the 50 preceding rows equals
-- count(*) FILTER over the same frame, on every row.
SELECT is((SELECT count(*) FROM (
	SELECT sla_compliance(elapsed, target) OVER w AS moving,
		   (count(*) FILTER (WHERE elapsed <= target) OVER w)::float8
			 / nullif(count(elapsed - target) OVER w, 0) AS plain
	  FROM sla_gen WHERE i <= 5000
	WINDOW w AS (ORDER BY i ROWS BETWEEN 50 PRECEDING AND CURRENT ROW)) x
	WHERE moving IS DISTINCT FROM plain)::int, 0,
		  'moving sla_compliance equals count(*) FILTER on 5,000 frames');

SELECT * FROM finish();
ROLLBACK;
