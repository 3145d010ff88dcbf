-- SLA summaries: sla_agg, its accessors, the text form, rollup and
-- sla_compliance on small hand-checked inputs, and bad input.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

-- Three requests against a 30-minute target: 10 min met, 30 min met
-- (exactly at the target counts as met), 1 hour breached.
CREATE TABLE sla_small (elapsed interval, target interval);
INSERT INTO sla_small VALUES
	('10 minutes', '30 minutes'),
	('30 minutes', '30 minutes'),
	('1 hour', '30 minutes');
SELECT total(s), met(s), breached(s), compliance(s), mean(s)
  FROM (SELECT sla_agg(elapsed, target) s FROM sla_small) x;
-- mean by hand: (10 + 30 + 60) / 3 min = 33 min 20 s
-- one microsecond over the target is a breach
SELECT met(sla_agg(e, t)), breached(sla_agg(e, t))
  FROM (VALUES ('30 minutes 0.000001 seconds'::interval, '30 minutes'::interval),
			   ('30 minutes', '30 minutes')) v(e, t);

-- Open requests (NULL elapsed) are skipped like any NULL, as are rows
-- without a target: they are in neither the numerator nor the denominator.
SELECT total(s), met(s), compliance(s),
	   (SELECT count(*) FILTER (WHERE e <= t)::float8 / count(e - t)
		  FROM (VALUES ('10 minutes'::interval, '30 minutes'::interval),
					   (NULL, '30 minutes'), ('1 hour', NULL)) w(e, t)) AS plain
  FROM (SELECT sla_agg(e, t) s
		  FROM (VALUES ('10 minutes'::interval, '30 minutes'::interval),
					   (NULL, '30 minutes'), ('1 hour', NULL)) v(e, t)) x;
-- counting open requests as breaches is the caller's choice: give them the
-- time open so far (here measured at a fixed moment)
SELECT compliance(sla_agg(coalesce(closed, '2024-01-02 00:00'::timestamp) - opened,
						  '1 day'))
  FROM (VALUES ('2024-01-01 00:00'::timestamp, '2024-01-01 02:00'::timestamp),
			   ('2023-12-31 00:00', NULL)) v(opened, closed);

-- No rows, or only NULL rows: NULL, and so are the accessors.
SELECT sla_agg(e, t) IS NULL AS no_rows, total(sla_agg(e, t)) IS NULL AS total_null,
	   sla_compliance(e, t) IS NULL AS compliance_null
  FROM sla_small v(e, t) WHERE false;
SELECT sla_agg(e, t) IS NULL, sla_compliance(e, t) IS NULL
  FROM (VALUES (NULL::interval, '1 hour'::interval), ('1 hour', NULL)) v(e, t);
SELECT g, compliance(sla_agg(e, t)), sla_compliance(e, t)
  FROM (VALUES (1, NULL::interval, '1 hour'::interval),
			   (2, '2 hours', '1 hour')) v(g, e, t)
 GROUP BY g ORDER BY g;

-- Months and days: a month is 30 days and a day 24 hours, as PostgreSQL
-- compares intervals, so these agree with elapsed <= target in SQL.
SELECT e, t, met(sla_agg(e, t)) AS met, (e <= t) AS sql_met, mean(sla_agg(e, t))
  FROM (VALUES ('1 mon'::interval, '30 days'::interval),
			   ('1 mon 1 second', '30 days'),
			   ('1 day', '24 hours'),
			   ('1 day', '23:59:59.999999'),
			   ('1 year', '360 days')) v(e, t)
 GROUP BY e, t ORDER BY e, t;

-- Zero and negative durations (a request closed before it was opened) are
-- counted; a negative duration meets any target of zero or more.
SELECT total(s), met(s), mean(s), percentile(s, 0) AS p0,
	   percentile(s, 0.5) AS p50, percentile(s, 1) AS p100
  FROM (SELECT sla_agg(e, '0') s
		  FROM (VALUES ('-2 hours'::interval), ('0'), ('0'), ('3 hours')) v(e)) x;

-- Text form: written and read back exactly.
SELECT sla_agg(elapsed, target) FROM sla_small;
SELECT sla_agg(elapsed, target)::text::sla_summary::text
	 = sla_agg(elapsed, target)::text AS round_trip
  FROM sla_small;
SELECT '(total=1,met=0,sum_us=-5,min_us=-5,max_us=-5,buckets=[-83],counts=[1])'::sla_summary;
SELECT mean('(total=2,met=2,sum_us=-3,min_us=-2,max_us=-1,buckets=[-37,-1],counts=[1,1])'::sla_summary);
-- mean by hand: -3 / 2 = -1.5 microseconds, rounded away from zero to -2

-- Percentiles as percentile_disc picks them: rank ceil(q * N).
-- Reference case C22 (cases.json): response times 1..10 minutes; discrete
-- p90 = 9, p95 = 10, p99 = 10 (a rank one too high gives 10 at p90).
SELECT q, round(extract(epoch FROM percentile(s, q)) / 60, 2) AS minutes,
	   (SELECT extract(epoch FROM percentile_disc(q) WITHIN GROUP (ORDER BY e)) / 60
		  FROM generate_series(1, 10) i, LATERAL (SELECT i * interval '1 minute') z(e)) AS disc
  FROM (SELECT sla_agg(i * interval '1 minute', '1 hour') s
		  FROM generate_series(1, 10) i) x,
	   unnest(ARRAY[0, 0.1, 0.5, 0.9, 0.95, 0.99, 1]::float8[]) q;
-- C22 (A): 1..100 minutes, p50 / p95 / p99 = 50 / 95 / 99 within 1 %
SELECT q, percentile(s, q),
	   abs(extract(epoch FROM percentile(s, q)) - q * 6000) <= 0.01 * q * 6000
		 AS within_1_percent
  FROM (SELECT sla_agg(i * interval '1 minute', '1 hour') s
		  FROM generate_series(1, 100) i) x,
	   unnest(ARRAY[0.5, 0.95, 0.99]::float8[]) q;
-- the same ranks where a rank one too high would be far off: ranks 96..100
-- hold 1000 minutes, so p95 must be about 95 and p99 about 1000
SELECT q, round(extract(epoch FROM percentile(s, q)) / 60, 2) AS minutes, expected,
	   abs(extract(epoch FROM percentile(s, q)) / 60 - expected) <= 0.01 * expected
		 AS within_1_percent
  FROM (SELECT sla_agg(CASE WHEN i <= 95 THEN i ELSE 1000 END * interval '1 minute',
					   '1 hour') s
		  FROM generate_series(1, 100) i) x,
	   (VALUES (0.95::float8, 95), (0.951, 1000), (0.99, 1000)) v(q, expected);
-- C22 (C): a single value is every percentile; no rows give NULL
SELECT percentile(s, 0), percentile(s, 0.37), percentile(s, 1)
  FROM (SELECT sla_agg('7 minutes', '1 hour') s) x;
SELECT percentile(sla_agg(elapsed, target), 0.5) FROM sla_small WHERE false;

-- rollup merges summaries as if aggregated directly
SELECT rollup(s)::text = (SELECT sla_agg(elapsed, target)::text FROM sla_small)
	   AS rollup_equals_direct
  FROM (SELECT sla_agg(elapsed, target) s FROM sla_small GROUP BY elapsed) x;
SELECT rollup(s) IS NULL FROM (VALUES (NULL::sla_summary)) v(s);

-- sla_compliance in one step, and in a moving window (checked against
-- count(*) FILTER over the same frame)
SELECT sla_compliance(elapsed, target) FROM sla_small;
SELECT i, sla_compliance(e, t) OVER w AS moving,
	   (count(*) FILTER (WHERE e <= t) OVER w)::float8
		 / nullif(count(e - t) OVER w, 0) AS plain
  FROM (SELECT i, CASE WHEN i % 4 = 0 THEN NULL ELSE i * interval '1 minute' END,
			   interval '5 minutes'
		  FROM generate_series(1, 9) i) v(i, e, t)
WINDOW w AS (ORDER BY i ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)
 ORDER BY i;

-- sla_agg as a window function: a growing frame and a sliding one, against
-- count and max over the same frames
SELECT i, met(sla_agg(e, t) OVER (ORDER BY i)) AS met_so_far,
	   count(*) FILTER (WHERE e <= t) OVER (ORDER BY i) AS plain_met_so_far,
	   percentile(sla_agg(e, t) OVER w, 1) AS slowest_of_two,
	   max(e) OVER w AS plain_slowest_of_two
  FROM (SELECT i, i * interval '1 minute', interval '3 minutes'
		  FROM generate_series(1, 5) i) v(i, e, t)
WINDOW w AS (ORDER BY i DESC ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)
 ORDER BY i;

-- Counts near the 64-bit limit, read from text: 1023 buckets of 2^53
-- durations each, from 1 us (bucket 1) to 610 s (bucket 1023), with a sum
-- of 1000 us a duration.  Percentile ranks stay in range, merging two such
-- summaries overflows the count (an error, not a wrapped number), and the
-- text form refuses counts it cannot write exactly.
CREATE TABLE sla_huge AS
SELECT format('(total=%s,met=0,sum_us=%s,min_us=1,max_us=610000000,buckets=[%s],counts=[%s])',
			  1023 * 9007199254740992::numeric, 1000 * 1023 * 9007199254740992::numeric,
			  string_agg(k::text, ',' ORDER BY k),
			  string_agg('9007199254740992', ',' ORDER BY k))::sla_summary AS s
  FROM generate_series(1, 1023) k;
SELECT total(s), percentile(s, 0) AS p0, percentile(s, 1) AS p100,
	   percentile(s, 0.999) < percentile(s, 1) AS p999_below_max
  FROM sla_huge;
SELECT total(rollup(s)) FROM (SELECT s FROM sla_huge UNION ALL SELECT s FROM sla_huge) x;
SELECT s::text FROM sla_huge;
DROP TABLE sla_huge;

-- Bad input
SELECT percentile(sla_agg(elapsed, target), -0.1) FROM sla_small;
SELECT percentile(sla_agg(elapsed, target), 1.1) FROM sla_small;
SELECT percentile(sla_agg(elapsed, target), 'NaN') FROM sla_small;
SELECT percentile(sla_agg(elapsed, target), NULL) FROM sla_small;
-- PostgreSQL 15 has no infinite intervals: they fail before reaching svcindex
SELECT sla_agg('infinity'::interval, '1 hour');
SELECT sla_agg('infinity'::timestamptz - '2024-01-01'::timestamptz, '1 hour');
-- durations beyond 64 bits of microseconds
SELECT sla_agg('300000 years', '1 hour');
SELECT sla_compliance('1 hour', '-300000 years');
-- text forms that are not a summary
SELECT '(total=1,met=1)'::sla_summary;
SELECT '(total=2,met=1,sum_us=3,min_us=1,max_us=2,buckets=[1,2],counts=[1,2])'::sla_summary;
SELECT '(total=1,met=2,sum_us=1,min_us=1,max_us=1,buckets=[1],counts=[1])'::sla_summary;
SELECT '(total=1,met=1,sum_us=1,min_us=1,max_us=1,buckets=[2,1],counts=[1,1])'::sla_summary;
SELECT '(total=1,met=1,sum_us=1,min_us=1,max_us=1,buckets=[9999],counts=[1])'::sla_summary;
SELECT '(total=1,met=1,sum_us=1,min_us=1,max_us=1,buckets=[1],counts=[0.5])'::sla_summary;
SELECT '(total=1,met=1,sum_us=9,min_us=1,max_us=1,buckets=[1],counts=[1])'::sla_summary;
SELECT '(total=0,met=0,sum_us=0,min_us=0,max_us=0,buckets=[],counts=[])'::sla_summary;
SELECT '(total=1,met=1,sum_us=1,min_us=99999999999999999999,max_us=1,buckets=[1],counts=[1])'::sla_summary;

DROP TABLE sla_small;
