-- sla_agg and rollup(sla_summary) as moving-window aggregates: frame by
-- frame, for ROWS, RANGE and GROUPS frames of several sizes (one with an
-- EXCLUDE clause), every accessor and the text form of the moving result
-- equal the same frame aggregated on its own (a lateral subquery over the
-- frame's rows).  The data has NULL durations and targets (leading ones
-- too, and frames of nothing else), zero and negative durations, durations
-- in days (read through the month-and-day path), runs of equal durations
-- and of whole hours from 0 to 4 (so that a frame loses one of several
-- rows at its minimum or maximum, and then the last), and tiny durations
-- beside month-long ones, so that the window of buckets a stored summary
-- keeps moves as the frame slides.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off

BEGIN;
CREATE EXTENSION pgtap;
CREATE EXTENSION svcindex;
SELECT plan(33);

-- 2,000 requests, two at each three-hour mark, with a two-day gap every
-- 300 requests (so RANGE frames vary in size).
SELECT setseed(0.17);
CREATE TABLE sla_win AS
SELECT i,
	   timestamp '2024-03-01' + (i / 2) * interval '3 hours'
		 + (i / 300) * interval '2 days' AS t,
	   CASE WHEN i <= 3 OR i BETWEEN 700 AND 760 OR i % 11 = 0 THEN NULL
			WHEN i BETWEEN 400 AND 440 THEN interval '5 minutes'
			WHEN i BETWEEN 1000 AND 1300 THEN (i * 7 % 5) * interval '1 hour'
			WHEN i % 17 = 0 THEN interval '0'
			WHEN i % 19 = 0 THEN -round(random() * 1e9) * interval '1 microsecond'
			WHEN i % 29 = 0 THEN (1 + i % 5) * interval '1 microsecond'
			WHEN i % 53 = 0 THEN interval '30 days' + round(random() * 1e6) * interval '1 minute'
			WHEN i % 7 = 0 THEN interval '1 day 2 hours'
			ELSE round(1e6 * exp(random() * ln(86400))) * interval '1 microsecond'
	   END AS elapsed,
	   CASE WHEN i % 13 = 0 THEN NULL
			ELSE (ARRAY['10 minutes', '4 hours', '1 day'])[1 + i % 3]::interval
	   END AS target
  FROM generate_series(1, 2000) i;
ALTER TABLE sla_win ADD COLUMN peer_group bigint;
UPDATE sla_win w SET peer_group = g.n
  FROM (SELECT i, dense_rank() OVER (ORDER BY t) AS n FROM sla_win) g
 WHERE g.i = w.i;
CREATE INDEX ON sla_win (i);
CREATE INDEX ON sla_win (peer_group);
CREATE INDEX ON sla_win (t);
ANALYZE sla_win;

-- The frames: the window clause, and the same frame as a condition on a
-- frame row r for the current row c.
CREATE TABLE frame_spec (name text PRIMARY KEY, win text, cond text);
INSERT INTO frame_spec VALUES
	('rows 1', 'ORDER BY i ROWS BETWEEN 1 PRECEDING AND CURRENT ROW',
	 'r.i BETWEEN c.i - 1 AND c.i'),
	('rows 5', 'ORDER BY i ROWS BETWEEN 4 PRECEDING AND CURRENT ROW',
	 'r.i BETWEEN c.i - 4 AND c.i'),
	('rows 50', 'ORDER BY i ROWS 49 PRECEDING',
	 'r.i BETWEEN c.i - 49 AND c.i'),
	('rows 21 centred', 'ORDER BY i ROWS BETWEEN 10 PRECEDING AND 10 FOLLOWING',
	 'r.i BETWEEN c.i - 10 AND c.i + 10'),
	('rows 31 ahead', 'ORDER BY i ROWS BETWEEN CURRENT ROW AND 30 FOLLOWING',
	 'r.i BETWEEN c.i AND c.i + 30'),
	('rows 4 by parity', 'PARTITION BY i % 2 ORDER BY i ROWS 3 PRECEDING',
	 'r.i % 2 = c.i % 2 AND r.i BETWEEN c.i - 6 AND c.i'),
	('range 6 hours', 'ORDER BY t RANGE BETWEEN interval ''6 hours'' PRECEDING AND CURRENT ROW',
	 'r.t BETWEEN c.t - interval ''6 hours'' AND c.t'),
	('range 2 days', 'ORDER BY t RANGE BETWEEN interval ''2 days'' PRECEDING AND interval ''3 hours'' FOLLOWING',
	 'r.t BETWEEN c.t - interval ''2 days'' AND c.t + interval ''3 hours'''),
	('groups 4', 'ORDER BY t GROUPS BETWEEN 3 PRECEDING AND CURRENT ROW',
	 'r.peer_group BETWEEN c.peer_group - 3 AND c.peer_group'),
	('rows 10 excluding current', 'ORDER BY i ROWS BETWEEN 5 PRECEDING AND 5 FOLLOWING EXCLUDE CURRENT ROW',
	 'r.i BETWEEN c.i - 5 AND c.i + 5 AND r.i <> c.i');

CREATE TABLE moving (name text, i int, s sla_summary);
CREATE TABLE framed (name text, i int, s sla_summary);
DO $$
DECLARE
	spec record;
BEGIN
	FOR spec IN SELECT * FROM frame_spec LOOP
		EXECUTE format('INSERT INTO moving SELECT %L, i, sla_agg(elapsed, target) OVER (%s) FROM sla_win',
					   spec.name, spec.win);
		EXECUTE format('INSERT INTO framed SELECT %L, c.i, (SELECT sla_agg(r.elapsed, r.target) FROM sla_win r WHERE %s) FROM sla_win c',
					   spec.name, spec.cond);
	END LOOP;
END
$$;
CREATE TABLE pairs AS
SELECT name, i, m.s AS moving, f.s AS framed
  FROM moving m JOIN framed f USING (name, i);

-- The data covers what the moving form must get right.
SELECT is((SELECT count(*) FROM pairs), 10 * 2000::bigint,
		  'every frame of every frame kind is compared');
SELECT cmp_ok((SELECT count(*) FROM sla_win w, sla_win prev
				WHERE prev.i = w.i - 5 AND prev.elapsed IS NOT NULL
				  AND prev.target IS NOT NULL
				  AND (prev.elapsed = (SELECT min(r.elapsed) FROM sla_win r
										 WHERE r.i BETWEEN w.i - 5 AND w.i - 1
										   AND r.target IS NOT NULL)
					   OR prev.elapsed = (SELECT max(r.elapsed) FROM sla_win r
											WHERE r.i BETWEEN w.i - 5 AND w.i - 1
											  AND r.target IS NOT NULL))),
			  '>', 500::bigint,
			  'in 5-row frames the leaving row is often the minimum or maximum');
SELECT cmp_ok((SELECT count(*) FROM pairs
				WHERE name = 'rows 5' AND framed IS NULL AND i > 5),
			  '>', 10::bigint,
			  'some 5-row frames after the first hold only NULL rows');
SELECT cmp_ok((SELECT count(*) FROM pairs
				WHERE name = 'rows 50' AND framed::text ~ 'min_us=-'
				  AND framed::text ~ 'buckets=\[[^]]*\m0\M'),
			  '>', 10::bigint,
			  'some 50-row frames hold negative and zero durations');
SELECT cmp_ok((SELECT count(*) FROM sla_win c
				WHERE EXISTS (SELECT FROM sla_win r
							   WHERE r.i BETWEEN c.i - 49 AND c.i
								 AND r.target IS NOT NULL
								 AND r.elapsed BETWEEN interval '1 microsecond'
												   AND interval '5 microseconds')
				  AND EXISTS (SELECT FROM sla_win r
							   WHERE r.i BETWEEN c.i - 49 AND c.i
								 AND r.target IS NOT NULL
								 AND r.elapsed > interval '30 days')),
			  '>', 10::bigint,
			  'some 50-row frames hold durations of microseconds and of a month, so the window of buckets applies');

-- Every accessor, frame by frame.
SELECT is_empty($$SELECT name, i FROM pairs
					WHERE total(moving) IS DISTINCT FROM total(framed)$$,
				'total of every moving frame equals the frame on its own');
SELECT is_empty($$SELECT name, i FROM pairs
					WHERE met(moving) IS DISTINCT FROM met(framed)$$,
				'met of every moving frame equals the frame on its own');
SELECT is_empty($$SELECT name, i FROM pairs
					WHERE breached(moving) IS DISTINCT FROM breached(framed)$$,
				'breached of every moving frame equals the frame on its own');
SELECT is_empty($$SELECT name, i FROM pairs
					WHERE compliance(moving) IS DISTINCT FROM compliance(framed)$$,
				'compliance of every moving frame equals the frame on its own');
SELECT is_empty($$SELECT name, i FROM pairs
					WHERE mean(moving) IS DISTINCT FROM mean(framed)$$,
				'mean of every moving frame equals the frame on its own');
SELECT is_empty($$SELECT name, i, q FROM pairs,
						 unnest(ARRAY[0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1]::float8[]) q
					WHERE percentile(moving, q) IS DISTINCT FROM percentile(framed, q)$$,
				'percentile of every moving frame at nine fractions equals the frame on its own');
SELECT is_empty($$SELECT name, i FROM pairs
					WHERE moving::text IS DISTINCT FROM framed::text$$,
				'the text form of every moving frame equals the frame on its own');
SELECT is_empty($$SELECT name, i FROM pairs
					WHERE moving::text::sla_summary::text IS DISTINCT FROM moving::text$$,
				'the text form of every moving frame reads back');

-- The accessors against plain SQL over the same frames, for one frame kind
-- of each sort: the reference above is right too.
SELECT is_empty($$SELECT c.i FROM sla_win c JOIN pairs p ON p.i = c.i AND p.name = 'rows 50',
						 LATERAL (SELECT count(*) FILTER (WHERE r.elapsed IS NOT NULL AND r.target IS NOT NULL) AS n,
										 count(*) FILTER (WHERE r.elapsed <= r.target) AS met,
										 min(r.elapsed) FILTER (WHERE r.target IS NOT NULL) AS lo,
										 max(r.elapsed) FILTER (WHERE r.target IS NOT NULL) AS hi
									FROM sla_win r WHERE r.i BETWEEN c.i - 49 AND c.i) x
					WHERE coalesce(total(p.moving), 0) <> x.n
					   OR coalesce(met(p.moving), 0) <> x.met
					   OR percentile(p.moving, 0) IS DISTINCT FROM x.lo
					   OR percentile(p.moving, 1) IS DISTINCT FROM x.hi$$,
				'50-row moving frames: total, met, least and greatest equal plain SQL');
SELECT is_empty($$SELECT c.i FROM sla_win c JOIN pairs p ON p.i = c.i AND p.name = 'range 2 days',
						 LATERAL (SELECT count(*) FILTER (WHERE r.elapsed IS NOT NULL AND r.target IS NOT NULL) AS n,
										 count(*) FILTER (WHERE r.elapsed <= r.target) AS met
									FROM sla_win r
								   WHERE r.t BETWEEN c.t - interval '2 days' AND c.t + interval '3 hours') x
					WHERE coalesce(total(p.moving), 0) <> x.n
					   OR coalesce(met(p.moving), 0) <> x.met$$,
				'2-day RANGE moving frames: total and met equal plain SQL');

-- Per frame kind, so that a failure names the kind.
SELECT is_empty(format($$SELECT i FROM pairs WHERE name = %L
						   AND moving::text IS DISTINCT FROM framed::text$$, name),
				format('%s: every moving frame equals the frame on its own', name))
  FROM frame_spec ORDER BY name;

-- rollup over a window of daily summaries.  Days with only NULL rows give
-- NULL summaries; some days hold microseconds and a month, so their stored
-- summaries fold their smallest buckets into the window's floor.
CREATE TABLE sla_day AS
SELECT t::date AS day, sla_agg(elapsed, target) AS s
  FROM sla_win GROUP BY t::date;
CREATE TABLE day_pairs AS
SELECT d.day,
	   rollup(d.s) OVER (ORDER BY d.day ROWS 6 PRECEDING) AS moving_rows,
	   (SELECT rollup(r.s) FROM sla_day r
		 WHERE r.day BETWEEN (SELECT min(x.day) FROM (SELECT y.day FROM sla_day y
													   WHERE y.day <= d.day
													   ORDER BY y.day DESC LIMIT 7) x)
						 AND d.day) AS framed_rows,
	   rollup(d.s) OVER (ORDER BY d.day RANGE BETWEEN interval '3 days' PRECEDING
											  AND interval '1 day' FOLLOWING)
		 AS moving_range,
	   (SELECT rollup(r.s) FROM sla_day r
		 WHERE r.day BETWEEN d.day - 3 AND d.day + 1) AS framed_range,
	   (SELECT sla_agg(w.elapsed, w.target) FROM sla_win w
		 WHERE w.t::date BETWEEN d.day - 3 AND d.day + 1) AS direct_range
  FROM sla_day d;

SELECT cmp_ok((SELECT count(*) FROM sla_day WHERE s IS NULL), '>', 0::bigint,
			  'some daily summaries are NULL');
SELECT cmp_ok((SELECT count(DISTINCT t::date) FROM sla_win w
				WHERE w.target IS NOT NULL
				  AND w.elapsed BETWEEN interval '1 microsecond'
									AND interval '5 microseconds'
				  AND EXISTS (SELECT FROM sla_win r
							   WHERE r.t::date = w.t::date
								 AND r.target IS NOT NULL
								 AND r.elapsed > interval '30 days')),
			  '>', 0::bigint,
			  'some daily summaries keep a window that folds their smallest buckets');
SELECT is_empty($$SELECT day FROM day_pairs
					WHERE moving_rows::text IS DISTINCT FROM framed_rows::text$$,
				'rollup over 7-day ROWS frames equals each frame rolled up on its own');
SELECT is_empty($$SELECT day FROM day_pairs
					WHERE moving_range::text IS DISTINCT FROM framed_range::text$$,
				'rollup over 5-day RANGE frames equals each frame rolled up on its own');
SELECT is_empty($$SELECT day FROM day_pairs
					WHERE moving_range::text IS DISTINCT FROM direct_range::text$$,
				'rollup over 5-day RANGE frames equals sla_agg over the frame''s rows');
SELECT is_empty($$SELECT day, q FROM day_pairs,
						 unnest(ARRAY[0, 0.05, 0.5, 0.95, 1]::float8[]) q
					WHERE total(moving_rows) IS DISTINCT FROM total(framed_rows)
					   OR met(moving_rows) IS DISTINCT FROM met(framed_rows)
					   OR breached(moving_rows) IS DISTINCT FROM breached(framed_rows)
					   OR compliance(moving_rows) IS DISTINCT FROM compliance(framed_rows)
					   OR mean(moving_rows) IS DISTINCT FROM mean(framed_rows)
					   OR percentile(moving_rows, q) IS DISTINCT FROM percentile(framed_rows, q)$$,
				'every accessor of the 7-day rollup frames equals the frame on its own');

-- A store wholly below the window: durations of a microsecond or two,
-- negative, beside one of ten years, all fold into the lowest negative
-- bucket kept, 1000 below the bucket of ten years; one of them leaving a
-- frame that still holds the ten years (neither its minimum nor its
-- maximum, so it is taken out) leaves the frame's own summary.
CREATE TABLE folded AS
SELECT sla_agg(e, interval '1 hour') AS direct,
	   (array_agg(m ORDER BY n))[4] AS moving
  FROM (SELECT n, e,
			   sla_agg(e, interval '1 hour')
				 OVER (ORDER BY n ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) m
		  FROM (VALUES (1, interval '-1 microsecond'), (2, interval '10 years'),
					   (3, interval '-3 microseconds'), (4, interval '-2 microseconds'))
			   v(n, e)) x;
SELECT is((SELECT array[(regexp_match(direct::text, 'buckets=\[(-?\d+),(\d+)\]'))[1]::int
						  + (regexp_match(direct::text, 'buckets=\[(-?\d+),(\d+)\]'))[2]::int,
						(regexp_match(direct::text, 'counts=\[(\d+),(\d+)\]'))[1]::int]
			 FROM folded),
		  ARRAY[1000, 3],
		  'negative microseconds beside ten years fold into the bucket 1000 below it');
SELECT is((SELECT moving::text FROM folded),
		  (SELECT sla_agg(e, interval '1 hour')::text
			 FROM unnest(ARRAY[interval '10 years', interval '-3 microseconds',
							   interval '-2 microseconds']) e),
		  'a moving frame that loses a folded duration equals the frame on its own');

SELECT * FROM finish();
ROLLBACK;
