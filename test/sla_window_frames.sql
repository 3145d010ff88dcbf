-- sla_agg and rollup(sla_summary) over the window frames the moving form
-- finds hardest, frame by frame against the frame aggregated on its own
-- (text forms equal): frames ahead of the current row that run empty at
-- the end, RANGE frames ahead of it that empty and refill across gaps in
-- the ordering, GROUPS frames over peers, EXCLUDE TIES and EXCLUDE GROUP,
-- and rows sorted by duration, so that nearly every row leaving a frame is
-- its minimum, with runs of equal durations (ties at the minimum and the
-- maximum).  Durations include NULLs, zero, negative ones, intervals with
-- months and days, and magnitudes within 1 % of the largest a summary
-- holds (2^63 - 1 microseconds) of either sign.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off

BEGIN;
CREATE EXTENSION pgtap;
CREATE EXTENSION svcindex;
SELECT plan(15);

-- 1,500 rows in groups of three (the peers of GROUPS and RANGE frames),
-- with two groups in five missing, so RANGE frames ahead of a row empty.
SELECT setseed(0.42);
CREATE TABLE w AS
SELECT i, i / 3 AS g,
	   CASE (i * 7919) % 13
		 WHEN 0 THEN NULL
		 WHEN 1 THEN interval '0'
		 WHEN 2 THEN interval '-3 hours'
		 WHEN 3 THEN make_interval(months => i % 5, days => i % 40 - 20, secs => i % 7)
		 WHEN 4 THEN interval '9223372036854775807 microseconds' * 0.99
		 WHEN 5 THEN -(interval '9223372036854775807 microseconds' * 0.99)
		 WHEN 6 THEN interval '1 microsecond'
		 WHEN 7 THEN (i % 4) * interval '1 hour'
		 WHEN 8 THEN make_interval(months => 100000)
		 ELSE round(random() * 1e12) * interval '1 microsecond'
	   END AS e,
	   CASE WHEN i % 17 = 0 THEN NULL ELSE interval '2 hours' END AS tg
  FROM generate_series(1, 1500) i
 WHERE (i / 3) % 5 NOT IN (3, 4);
ALTER TABLE w ADD COLUMN n bigint;
UPDATE w SET n = r.n
  FROM (SELECT i, row_number() OVER (ORDER BY e NULLS FIRST, i) AS n FROM w) r
 WHERE r.i = w.i;
CREATE INDEX ON w (i);
CREATE INDEX ON w (g);
CREATE INDEX ON w (n);
ANALYZE w;

-- The frames: the window clause, and the same frame as a condition on a
-- frame row r for the current row c.
CREATE TABLE frame_spec (name text PRIMARY KEY, win text, cond text);
INSERT INTO frame_spec VALUES
	('rows ahead', 'ORDER BY i ROWS BETWEEN 3 FOLLOWING AND 6 FOLLOWING',
	 'r.i IN (SELECT q.i FROM w q WHERE q.i > c.i ORDER BY q.i OFFSET 2 LIMIT 4)'),
	('groups behind', 'ORDER BY g GROUPS BETWEEN 2 PRECEDING AND 1 PRECEDING',
	 'r.g IN (SELECT DISTINCT q.g FROM w q WHERE q.g < c.g ORDER BY q.g DESC LIMIT 2)'),
	('range ahead', 'ORDER BY g RANGE BETWEEN 1 FOLLOWING AND 2 FOLLOWING',
	 'r.g BETWEEN c.g + 1 AND c.g + 2'),
	('exclude ties', 'ORDER BY g RANGE BETWEEN 2 PRECEDING AND 2 FOLLOWING EXCLUDE TIES',
	 'r.g BETWEEN c.g - 2 AND c.g + 2 AND (r.g <> c.g OR r.i = c.i)'),
	('exclude group', 'ORDER BY g GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE GROUP',
	 'r.g IN (SELECT q.g FROM (SELECT DISTINCT q.g FROM w q) q WHERE q.g < c.g ORDER BY q.g DESC LIMIT 1) OR r.g IN (SELECT q.g FROM (SELECT DISTINCT q.g FROM w q) q WHERE q.g > c.g ORDER BY q.g LIMIT 1)'),
	('sorted', 'ORDER BY n ROWS 5 PRECEDING',
	 'r.n BETWEEN c.n - 5 AND c.n');

CREATE TABLE moving (name text, i int, s text);
CREATE TABLE framed (name text, i int, s text);
DO $$
DECLARE
	spec record;
BEGIN
	FOR spec IN SELECT * FROM frame_spec LOOP
		EXECUTE format('INSERT INTO moving SELECT %L, i, sla_agg(e, tg) OVER (%s)::text FROM w',
					   spec.name, spec.win);
		EXECUTE format('INSERT INTO framed SELECT %L, c.i, (SELECT sla_agg(r.e, r.tg) FROM w r WHERE %s)::text FROM w c',
					   spec.name, spec.cond);
	END LOOP;
END
$$;

-- The data reaches what it should.
SELECT is((SELECT count(*) FROM moving m JOIN framed f USING (name, i)),
		  6 * (SELECT count(*) FROM w), 'every frame of every kind is compared');
SELECT cmp_ok((SELECT count(*) FROM framed f
				WHERE name = 'range ahead' AND s IS NULL
				  AND EXISTS (SELECT FROM framed p
							   WHERE p.name = f.name AND p.i < f.i AND p.s IS NOT NULL)
				  AND EXISTS (SELECT FROM framed p
							   WHERE p.name = f.name AND p.i > f.i AND p.s IS NOT NULL)),
			  '>', 10::bigint, 'RANGE frames ahead empty and refill between rows');
SELECT cmp_ok((SELECT count(*) FROM w c
				WHERE (SELECT count(*) FROM w r
						WHERE r.n BETWEEN c.n - 5 AND c.n AND r.tg IS NOT NULL
						  AND r.e = (SELECT min(q.e) FROM w q
									  WHERE q.n BETWEEN c.n - 5 AND c.n
										AND q.tg IS NOT NULL)) > 1
				  AND (SELECT count(*) FROM w r
						WHERE r.n BETWEEN c.n - 5 AND c.n AND r.tg IS NOT NULL
						  AND r.e = (SELECT max(q.e) FROM w q
									  WHERE q.n BETWEEN c.n - 5 AND c.n
										AND q.tg IS NOT NULL)) > 1),
			  '>', 100::bigint, 'sorted frames often hold ties at both their minimum and maximum');
SELECT cmp_ok((SELECT count(*) FROM framed
				WHERE name = 'rows ahead' AND s ~ 'min_us=-9131' AND s ~ 'max_us=9131'),
			  '>', 10::bigint, 'some frames hold durations within 1 % of the largest magnitude, of both signs');

-- Frame by frame, each kind of frame.
SELECT is_empty(format($$SELECT i FROM moving m JOIN framed f USING (name, i)
						  WHERE name = %L AND m.s IS DISTINCT FROM f.s$$, name),
				what || ' equal their rows aggregated alone')
  FROM (VALUES ('rows ahead', 'ROWS frames ahead of the row, running empty at the end,'),
			   ('groups behind', 'GROUPS frames'),
			   ('range ahead', 'RANGE frames that empty and refill'),
			   ('exclude ties', 'frames with EXCLUDE TIES'),
			   ('exclude group', 'frames with EXCLUDE GROUP'),
			   ('sorted', 'frames over rows sorted by duration, with ties at both ends,')) v(name, what);

-- rollup over daily summaries, some of them NULL, some holding durations
-- of a microsecond beside ones of decades (so each summary's window of
-- buckets folds its smallest ones), over ROWS, GROUPS and RANGE frames,
-- the last emptying where days are missing.
CREATE TABLE daily AS
SELECT day, day / 2 AS g,
	   (SELECT sla_agg(x.e, interval '1 hour')
		  FROM (SELECT CASE WHEN random() < 0.1 THEN floor(random() * 5) * interval '1 microsecond'
							WHEN random() < 0.1 THEN interval '40 years' * random()
							WHEN random() < 0.1 THEN -interval '1 hour' * random()
							WHEN day % 5 = 0 THEN NULL
							ELSE round(random() * 100000) * interval '1 second'
					   END AS e
				  FROM generate_series(1, day * 7 % 9) k) x) AS s
  FROM generate_series(1, 800) day
 WHERE day % 23 NOT IN (5, 6, 7, 8);
CREATE TABLE roll_moving (name text, day int, s text);
CREATE TABLE roll_framed (name text, day int, s text);
DO $$
DECLARE
	spec record;
BEGIN
	FOR spec IN SELECT * FROM (VALUES
		('rows 7', 'ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW',
		 'r.day IN (SELECT q.day FROM daily q WHERE q.day <= c.day ORDER BY q.day DESC LIMIT 7)'),
		('groups', 'ORDER BY g GROUPS BETWEEN 2 PRECEDING AND 1 FOLLOWING',
		 'r.g IN (SELECT q.g FROM (SELECT DISTINCT q.g FROM daily q) q WHERE q.g <= c.g ORDER BY q.g DESC LIMIT 3) OR r.g IN (SELECT q.g FROM (SELECT DISTINCT q.g FROM daily q) q WHERE q.g > c.g ORDER BY q.g LIMIT 1)'),
		('range', 'ORDER BY day RANGE BETWEEN 3 PRECEDING AND 1 PRECEDING',
		 'r.day BETWEEN c.day - 3 AND c.day - 1')) v(name, win, cond) LOOP
		EXECUTE format('INSERT INTO roll_moving SELECT %L, day, rollup(s) OVER (%s)::text FROM daily',
					   spec.name, spec.win);
		EXECUTE format('INSERT INTO roll_framed SELECT %L, c.day, (SELECT rollup(r.s) FROM daily r WHERE %s)::text FROM daily c',
					   spec.name, spec.cond);
	END LOOP;
END
$$;
SELECT cmp_ok((SELECT count(*) FROM daily
				WHERE s::text ~ 'min_us=[0-4],' AND percentile(s, 1) > interval '8760 hours'),
			  '>', 10::bigint, 'some daily summaries hold microseconds and years, so their window folds the smallest buckets');
SELECT cmp_ok((SELECT count(*) FROM roll_framed f
				WHERE name = 'range' AND s IS NULL AND day > 30),
			  '>', 10::bigint, 'RANGE frames of summaries empty where days are missing, and refill');
SELECT is_empty(format($$SELECT day FROM roll_moving m JOIN roll_framed f USING (name, day)
						  WHERE name = %L AND m.s IS DISTINCT FROM f.s$$, name),
				'rollup over ' || what || ' equals the frame rolled up alone')
  FROM (VALUES ('rows 7', 'ROWS frames'), ('groups', 'GROUPS frames'),
			   ('range', 'RANGE frames that empty and refill')) v(name, what);

SELECT * FROM finish();
ROLLBACK;
