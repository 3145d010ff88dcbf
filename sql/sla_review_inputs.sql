-- SLA summaries at the edges: percentiles near the limits of 64-bit
-- microseconds, summaries whose buckets disagree with their minimum,
-- maximum or sum, and the reach of the sketch's window and of its
-- documented error bound.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

-- Percentiles near the largest interval: the estimate of the middle rank
-- lies above the maximum and is clamped to it, and must not wrap around
-- to the most negative interval.  percentile_disc gives the same.
SELECT percentile(sla_agg(e, '0'), 0.5) AS p50,
	   percentile_disc(0.5) WITHIN GROUP (ORDER BY e) AS disc,
	   percentile(sla_agg(e, '0'), 0.5) = percentile_disc(0.5) WITHIN GROUP (ORDER BY e)
		 AS equal
  FROM (VALUES ('9223372036854775807 microseconds'::interval),
			   ('9223372036854775807 microseconds'), ('1 microsecond')) v(e);
SELECT percentile(sla_agg(e, '0'), 0.5) AS p50,
	   percentile_disc(0.5) WITHIN GROUP (ORDER BY e) AS disc
  FROM (VALUES ('-9223372036854775808 microseconds'::interval),
			   ('-9223372036854775808 microseconds'), ('-1 microsecond')) v(e);
-- three durations 807 us below the largest interval, and one of 1 us:
-- the median is one of the three, exactly (the estimate is clamped)
SELECT percentile(sla_agg(e, '0'), 0.5) = '9223372036854775000 microseconds'
		 AS p50_exact
  FROM (VALUES ('9223372036854775000 microseconds'::interval),
			   ('9223372036854775000 microseconds'),
			   ('9223372036854775000 microseconds'), ('1 microsecond')) v(e);

-- Text forms whose buckets no duration between the minimum and the
-- maximum could fill: the lowest and highest buckets in use must be those
-- of the minimum and the maximum (5 us falls in bucket 83).
SELECT sla_agg('5 microseconds', '0');
SELECT '(total=1,met=1,sum_us=5,min_us=5,max_us=5,buckets=[2000],counts=[1])'::sla_summary;
SELECT '(total=1,met=1,sum_us=5,min_us=5,max_us=5,buckets=[82],counts=[1])'::sla_summary;
SELECT '(total=1,met=1,sum_us=5,min_us=5,max_us=5,buckets=[0],counts=[1])'::sla_summary;
SELECT '(total=3,met=3,sum_us=15,min_us=5,max_us=5,buckets=[-2000,0,2000],counts=[1,1,1])'::sla_summary;
SELECT '(total=2,met=2,sum_us=10,min_us=5,max_us=5,buckets=[83,84],counts=[1,1])'::sla_summary;
-- such a summary, had it been accepted, would have moved the window of a
-- rollup and collapsed real buckets: 1..10 ms with a median of 5 ms
SELECT percentile(rollup(s), 0.5) AS p50
  FROM (SELECT '(total=1,met=1,sum_us=5,min_us=5,max_us=5,buckets=[2200],counts=[1])'::sla_summary
		UNION ALL
		SELECT sla_agg(i * interval '1 millisecond', '1 second')
		  FROM generate_series(1, 10) i) x(s);
-- the sum must be one that the minimum, the maximum and total - 2
-- durations between them can make: one duration is its own sum, minimum
-- and maximum; two are the minimum and the maximum
SELECT '(total=1,met=1,sum_us=5,min_us=5,max_us=6,buckets=[83],counts=[1])'::sla_summary;
SELECT '(total=2,met=2,sum_us=3,min_us=1,max_us=5,buckets=[1,83],counts=[1,1])'::sla_summary;
SELECT '(total=2,met=2,sum_us=6,min_us=1,max_us=5,buckets=[1,83],counts=[1,1])'::sla_summary;
SELECT '(total=3,met=3,sum_us=7,min_us=1,max_us=5,buckets=[1,83],counts=[2,1])'::sla_summary,
	   sla_agg(e, '1 second') AS direct
  FROM (VALUES ('1 microsecond'::interval), ('1 microsecond'), ('5 microseconds')) v(e);
-- a summary kept through its window: the 1 us duration is counted in the
-- lowest kept bucket, and the text form reads back exactly; the same
-- summary with the 1 us duration in its own bucket reads back to it
SELECT sla_agg(e, '1 day') AS windowed,
	   sla_agg(e, '1 day')::text::sla_summary::text = sla_agg(e, '1 day')::text
		 AS round_trip
  FROM (VALUES ('1 microsecond'::interval), ('10 years')) v(e);
SELECT '(total=2,met=1,sum_us=311040000000001,min_us=1,max_us=311040000000000,buckets=[1,1687],counts=[1,1])'::sla_summary;

-- The window keeps the magnitudes of at least the largest over
-- gamma^1000 = 3.97e8: here max / gamma^1000 = 19545.9 us.  A median of
-- 19570 us is within 0.99 %; one of 19423 us (above max / 4e8, but below
-- the window) is counted in the lowest kept bucket and overestimated.
SELECT round(7769055449591 / exp(1000 * ln(1.0099 / 0.9901)), 1) AS lowest_kept_us;
SELECT v AS disc_us, extract(epoch FROM percentile(s, 0.5)) * 1000000 AS p50_us,
	   abs(extract(epoch FROM percentile(s, 0.5)) * 1000000 - v) <= 0.0099 * v + 0.5
		 AS within_bound
  FROM (VALUES (19570), (19423)) w(v),
	   LATERAL (SELECT sla_agg(e, '0')
				  FROM (VALUES (v * interval '1 microsecond'), (v * interval '1 microsecond'),
							   ('7769055449591 microseconds')) d(e)) x(s)
 ORDER BY v DESC;

-- Above about 1,000 days the bucket bounds, computed in floating point,
-- add up to 10^-14 of the duration to the 0.99 %: here 0.07 us beyond
-- 0.99 % + 0.5 us, well inside 10^-14 of 8.7 * 10^13 us.
SELECT extract(epoch FROM percentile(s, 0.5)) * 1000000 AS p50_us,
	   abs(extract(epoch FROM percentile(s, 0.5)) * 1000000 - 86992987810245)
		 - (0.0099 * 86992987810245 + 0.5) AS beyond_099_percent_us,
	   abs(extract(epoch FROM percentile(s, 0.5)) * 1000000 - 86992987810245)
		 <= 0.0099 * 86992987810245 + 0.5 + 1e-14 * 86992987810245 AS within_bound
  FROM (SELECT sla_agg(e, '0')
		  FROM (VALUES ('86992987810245 microseconds'::interval),
					   ('86992987810245 microseconds'),
					   ('100000000000000 microseconds')) d(e)) x(s);
