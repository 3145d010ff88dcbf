-- Business time against an independent plain-SQL computation, the laws it
-- obeys, deadlines as its inverse, parallel plans, and binary transfer.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off

BEGIN;
CREATE EXTENSION pgtap;
CREATE EXTENSION svcindex;
SELECT plan(20);
SET TimeZone = 'UTC';
SELECT setseed(0.42);

-- A New York service desk: Mon-Fri 09-12 and 13-17, Saturday 10-14,
-- public holidays, a shortened day and a working Sunday.
CREATE TABLE desk_hours (isodow int, opens time, closes time);
INSERT INTO desk_hours VALUES
  (1, '09:00', '12:00'), (1, '13:00', '17:00'), (2, '09:00', '12:00'), (2, '13:00', '17:00'),
  (3, '09:00', '12:00'), (3, '13:00', '17:00'), (4, '09:00', '12:00'), (4, '13:00', '17:00'),
  (5, '09:00', '12:00'), (5, '13:00', '17:00'), (6, '10:00', '14:00');
CREATE TABLE desk_holiday (day date);
INSERT INTO desk_holiday VALUES ('2024-01-01'), ('2024-07-04'), ('2024-11-28'), ('2024-12-25'),
  ('2025-01-01'), ('2025-05-26'), ('2025-07-04'), ('2025-12-25'), ('2026-01-01'), ('2030-12-25');
CREATE TABLE desk_shift (day date, opens time, closes time);
INSERT INTO desk_shift VALUES ('2024-12-24', '09:00', '12:00'), ('2025-03-16', '10:00', '15:00');

CREATE TABLE desk (cal business_calendar);
INSERT INTO desk
SELECT jsonb_build_object(
         'tz', 'America/New_York',
         'hours', (SELECT jsonb_object_agg(d.name, (SELECT jsonb_agg(jsonb_build_array(to_char(opens, 'HH24:MI'), to_char(closes, 'HH24:MI')))
                                                      FROM desk_hours h WHERE h.isodow = d.isodow))
                     FROM (VALUES (1, 'mon'), (2, 'tue'), (3, 'wed'), (4, 'thu'), (5, 'fri'), (6, 'sat')) d(isodow, name)),
         'holidays', (SELECT jsonb_agg(to_char(day, 'YYYY-MM-DD')) FROM desk_holiday),
         'shifts', (SELECT jsonb_object_agg(to_char(day, 'YYYY-MM-DD'), jsonb_build_array(jsonb_build_array(to_char(opens, 'HH24:MI'), to_char(closes, 'HH24:MI'))))
                      FROM desk_shift))::business_calendar;

-- The plain-SQL way: every local date in the span, its windows as
-- instants, and their overlaps with the span.
CREATE FUNCTION plain_business_time(s timestamptz, f timestamptz)
RETURNS interval LANGUAGE sql STABLE AS $$
  SELECT coalesce(sum(least(f, w.closes_at) - greatest(s, w.opens_at)), '0')
    FROM generate_series(((s AT TIME ZONE 'America/New_York')::date - 1)::timestamp,
                         (f AT TIME ZONE 'America/New_York')::date::timestamp,
                         '1 day') g(day)
   CROSS JOIN LATERAL (
         SELECT (g.day + x.opens) AT TIME ZONE 'America/New_York' AS opens_at,
                (g.day + x.closes) AT TIME ZONE 'America/New_York' AS closes_at
           FROM desk_shift x WHERE x.day = g.day::date
          UNION ALL
         SELECT (g.day + h.opens) AT TIME ZONE 'America/New_York',
                (g.day + h.closes) AT TIME ZONE 'America/New_York'
           FROM desk_hours h
          WHERE h.isodow = extract(isodow FROM g.day)
            AND g.day::date NOT IN (SELECT day FROM desk_holiday)
            AND g.day::date NOT IN (SELECT day FROM desk_shift)) w
   WHERE w.closes_at > s AND w.opens_at < f
$$;

CREATE TABLE spans AS
SELECT i, s, s + (random() * 40 * 86400) * interval '1 second' AS f
  FROM (SELECT i, timestamptz '2024-01-01' + (random() * 730 * 86400) * interval '1 second' AS s
          FROM generate_series(1, 400) i) x;

SELECT is((SELECT count(*) FROM spans, desk
            WHERE business_time(cal, s, f) <> plain_business_time(s, f))::int, 0,
          'business_time equals the plain-SQL day walk on 400 random spans of up to 40 days');

SELECT is((SELECT business_time(cal, '2024-01-03 10:17', '2034-01-03 10:17') FROM desk),
          plain_business_time('2024-01-03 10:17', '2034-01-03 10:17'),
          'a ten-year span equals the plain-SQL day walk');

SELECT is((SELECT count(*) FROM spans, desk
            WHERE business_time(cal, f, s) <> -business_time(cal, s, f))::int, 0,
          'reversing the arguments negates the result');

SELECT is((SELECT count(*) FROM spans a JOIN spans b ON b.i = a.i % 400 + 1, desk
            WHERE business_time(cal, a.s, a.f) + business_time(cal, a.f, b.s)
                  <> business_time(cal, a.s, b.s))::int, 0,
          'business time is additive over adjacent spans');

-- Deadlines invert business_time and are the earliest such instant.
CREATE TABLE deadlines AS
SELECT s, amount, business_deadline(cal, s, amount) AS due
  FROM desk, (SELECT s, (random() * 200 - 100) * interval '1 hour' AS amount FROM spans) x;

SELECT is((SELECT count(*) FROM deadlines, desk
            WHERE business_time(cal, s, due) <> amount)::int, 0,
          'business_time from start to the deadline is the amount, forwards and backwards');

SELECT is((SELECT count(*) FROM deadlines, desk
            WHERE amount > '0' AND business_time(cal, s, due - interval '1 microsecond') >= amount)::int, 0,
          'a forward deadline is the earliest instant that reaches the amount');

SELECT is((SELECT count(*) FROM deadlines, desk
            WHERE amount < '0' AND business_time(cal, due + interval '1 microsecond', s) >= -amount)::int, 0,
          'a backward deadline is the latest instant that reaches the amount');

SELECT is((SELECT count(*) FROM spans, desk
            WHERE is_business_time(cal, s) <> (next_business_time(cal, s) = s)
               OR NOT is_business_time(cal, next_business_time(cal, s))
               OR business_time(cal, s, next_business_time(cal, s)) <> '0')::int, 0,
          'next_business_time is working time with no working time before it');

-- 24x7 in a zone with daylight saving: business time is elapsed time.
SELECT is((SELECT count(*) FROM spans
            WHERE business_time('{"tz": "Europe/Berlin", "hours": {"mon": [["00:00", "24:00"]], "tue": [["00:00", "24:00"]], "wed": [["00:00", "24:00"]], "thu": [["00:00", "24:00"]], "fri": [["00:00", "24:00"]], "sat": [["00:00", "24:00"]], "sun": [["00:00", "00:00"]]}}', s, f)
                  <> f - s)::int, 0,
          'a 24x7 calendar in Europe/Berlin gives the elapsed time');

-- A calendar that changes from row to row is prepared again at each
-- change and gives what it gives when it is the same for many rows.
CREATE TABLE cals (k int, cal business_calendar);
INSERT INTO cals SELECT 0, cal FROM desk;
INSERT INTO cals VALUES
  (1, '{"tz": "Europe/Berlin", "hours": {"sat": [["22:00", "06:00"]], "sun": [["09:00", "12:00"]]}, "holidays": ["2024-03-30"]}'),
  (2, '{"tz": "Asia/Shanghai", "hours": {"mon": [["09:00", "18:00"]]}, "shifts": {"2025-09-28": [["09:00", "18:00"]]}}');
CREATE TABLE by_block AS
SELECT k, i, business_time(cal, s, f) AS t
  FROM cals CROSS JOIN LATERAL (SELECT i, s, f FROM spans
                                 WHERE cals.k IS NOT NULL ORDER BY i) x;
CREATE TABLE by_row AS
SELECT k, i, business_time(cal, s, f) AS t
  FROM spans CROSS JOIN LATERAL (SELECT k, cal FROM cals
                                  WHERE spans.i IS NOT NULL ORDER BY k) x;
SELECT ok((SELECT count(DISTINCT k) FROM by_row) = 3
          AND NOT EXISTS (SELECT * FROM by_block EXCEPT SELECT * FROM by_row)
          AND NOT EXISTS (SELECT * FROM by_row EXCEPT SELECT * FROM by_block),
          'calendars alternating row by row give the same results as in blocks');

-- In PL/pgSQL a simple expression keeps its state between evaluations
-- while its variables change: each new calendar must still be used.
CREATE FUNCTION loop_business_time(s timestamptz, f timestamptz)
RETURNS interval[] LANGUAGE plpgsql AS $$
DECLARE
    c business_calendar;
    result interval[] := '{}';
BEGIN
    FOR c IN SELECT cal FROM cals ORDER BY k LOOP
        result := result || business_time(c, s, f);
    END LOOP;
    RETURN result;
END
$$;
SELECT is(loop_business_time('2025-03-01', '2025-04-01'),
          (SELECT array_agg(business_time(cal, '2025-03-01', '2025-04-01') ORDER BY k) FROM cals),
          'a PL/pgSQL loop over calendars uses each calendar in turn');

-- Night shifts across daylight-saving changes (Berlin, Saturday 22:00 to
-- Sunday 06:00): against the plain-SQL day walk, and deadlines as the
-- inverse.
CREATE FUNCTION plain_berlin_nights(s timestamptz, f timestamptz)
RETURNS interval LANGUAGE sql STABLE AS $$
  SELECT coalesce(sum(least(f, w.closes_at) - greatest(s, w.opens_at)), '0')
    FROM generate_series(((s AT TIME ZONE 'Europe/Berlin')::date - 1)::timestamp,
                         (f AT TIME ZONE 'Europe/Berlin')::date::timestamp,
                         '1 day') g(day)
   CROSS JOIN LATERAL (
         SELECT (g.day + time '22:00') AT TIME ZONE 'Europe/Berlin' AS opens_at,
                (g.day + interval '1 day' + time '06:00') AT TIME ZONE 'Europe/Berlin' AS closes_at
          WHERE extract(isodow FROM g.day) = 6 AND g.day <> '2024-03-30'
          UNION ALL
         SELECT (g.day + time '09:00') AT TIME ZONE 'Europe/Berlin',
                (g.day + time '12:00') AT TIME ZONE 'Europe/Berlin'
          WHERE extract(isodow FROM g.day) = 7) w
   WHERE w.closes_at > s AND w.opens_at < f
$$;
SELECT is((SELECT row(count(*) FILTER (WHERE business_time(cal, s, f) <> plain_berlin_nights(s, f)),
                      count(*) FILTER (WHERE s < '2025-03-30 00:00+00' AND f > '2025-03-30 06:00+00')
                      + count(*) FILTER (WHERE s < '2025-10-26 00:00+00' AND f > '2025-10-26 06:00+00') > 10)::text
             FROM spans, cals WHERE k = 1),
          '(0,t)',
          'Berlin night shifts equal the plain-SQL day walk, on more than 10 spans across a change night');
SELECT is((SELECT count(*) FROM cals, (SELECT s, (random() * 60 - 30) * interval '1 hour' AS amount FROM spans) x
            WHERE k = 1 AND business_time(cal, s, business_deadline(cal, s, amount)) <> amount)::int, 0,
          'Berlin night-shift deadlines are the inverse of business_time');

-- Paused time: the working time inside the pauses is taken off once,
-- recomputed here piece by piece from the merged pauses.
CREATE TABLE pauses AS
SELECT i, s, f,
       range_agg(tstzrange(p, p + (random() * 5 * 86400) * interval '1 second')) AS paused
  FROM spans, LATERAL (SELECT s + (random() * 40 * 86400) * interval '1 second' AS p
                         FROM generate_series(1, 3)) q
 GROUP BY i, s, f;

SELECT is((SELECT count(*) FROM pauses, desk
            WHERE business_time(cal, s, f, paused)
                  <> business_time(cal, s, f)
                     - (SELECT coalesce(sum(business_time(cal, greatest(s, lower(r)), least(f, upper(r)))), '0')
                          FROM unnest(paused) r WHERE lower(r) < f AND upper(r) > s))::int, 0,
          'paused working time is taken off once, only where it overlaps the span');

SELECT is((SELECT count(*) FROM pauses, desk
            WHERE business_time(cal, s, f, paused) < '0'
               OR business_time(cal, s, f, paused) > business_time(cal, s, f)
               OR business_time(cal, f, s, paused) <> -business_time(cal, s, f, paused))::int, 0,
          'paused business time lies between zero and the unpaused time, and reverses with its arguments');

SELECT is((SELECT business_time(cal, '2025-03-03', '2025-03-10', '{(,)}') FROM desk), '0'::interval,
          'an unbounded pause leaves no working time');

-- Parallel plans give the serial answer.
CREATE TABLE tickets AS
SELECT i, s, s + (random() * 20 * 86400) * interval '1 second' AS f
  FROM (SELECT i, timestamptz '2024-01-01' + (random() * 700 * 86400) * interval '1 second' AS s
          FROM generate_series(1, 100000) i) x;
ANALYZE tickets;
CREATE TABLE desk_const AS SELECT cal FROM desk;

SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial_result AS
SELECT sum(business_time(d.cal, s, f)) AS total,
       count(*) FILTER (WHERE is_business_time(d.cal, s)) AS working
  FROM tickets, desk_const d;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET force_parallel_mode = on;
CREATE FUNCTION explain_text(query text) RETURNS text
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
SELECT cal AS desk_cal FROM desk \gset
SELECT ok(explain_text(format('SELECT sum(business_time(%L::business_calendar, s, f)) FROM tickets', :'desk_cal'))
          ~ 'Gather(.|\n)*Partial Aggregate',
          'the sum over 100,000 tickets runs as a parallel plan');
SELECT is((SELECT row(sum(business_time(:'desk_cal', s, f)),
                      count(*) FILTER (WHERE is_business_time(:'desk_cal', s)))::text
             FROM tickets),
          (SELECT row(total, working)::text FROM serial_result),
          'the parallel plan gives the serial answer');
RESET force_parallel_mode;
RESET max_parallel_workers_per_gather;

-- Binary transfer keeps the calendar intact.
CREATE TABLE desk_copy (LIKE desk);
DO $$
DECLARE
    path text := current_setting('data_directory') || '/svcindex_calendar.bin';
BEGIN
    EXECUTE format('COPY desk TO %L WITH (FORMAT binary)', path);
    EXECUTE format('COPY desk_copy FROM %L WITH (FORMAT binary)', path);
END
$$;
SELECT is((SELECT cal::text FROM desk_copy), (SELECT cal::text FROM desk),
          'a calendar read back from binary COPY prints the same');
SELECT is((SELECT business_time(cal, '2024-01-01', '2026-01-01') FROM desk_copy),
          (SELECT business_time(cal, '2024-01-01', '2026-01-01') FROM desk),
          'a calendar read back from binary COPY gives the same business time');

SELECT * FROM finish();
ROLLBACK;
