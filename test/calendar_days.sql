-- Business days against an independent plain-SQL recount: counts over
-- spans of up to 50 years and steps of up to 10,000 business dates on
-- several calendars (random holidays and make-up days, weekends other than
-- Saturday-Sunday, daylight saving), the laws relating the two functions,
-- and parallel plans.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off

BEGIN;
CREATE EXTENSION pgtap;
CREATE EXTENSION svcindex;
SELECT plan(12);
SET TimeZone = 'UTC';
SELECT setseed(0.17);

-- Three calendars, each as plain tables: the working weekdays (ISO
-- numbers), holidays, and make-up dates (shifts) with the weekdays' hours.
CREATE TABLE cal_def (name text PRIMARY KEY, tz text, hours jsonb);
INSERT INTO cal_def VALUES
  ('utc_mon_fri', 'UTC', '[["09:00", "17:00"]]'),
  ('ny_mon_sat', 'America/New_York', '[["09:00", "12:00"], ["13:00", "17:00"]]'),
  ('riyadh_sun_thu', 'Asia/Riyadh', '[["08:00", "12:00"], ["12:30", "16:00"]]');
CREATE TABLE cal_week (name text, isodow int);
INSERT INTO cal_week
SELECT 'utc_mon_fri', d FROM generate_series(1, 5) d
UNION ALL SELECT 'ny_mon_sat', d FROM generate_series(1, 6) d
UNION ALL SELECT 'riyadh_sun_thu', d FROM unnest('{7, 1, 2, 3, 4}'::int[]) d;

-- Every date the calendars cover, 1900 to 2199.
CREATE TABLE all_dates AS
SELECT day::date AS day FROM generate_series(date '1900-01-01', date '2199-12-31', '1 day') day;

-- Holidays on random dates (weekends among them, which must not count
-- twice), and make-up days on random closed weekdays that are not holidays.
CREATE TABLE cal_holiday AS
SELECT c.name, a.day FROM cal_def c CROSS JOIN all_dates a WHERE random() < 0.03;
CREATE TABLE cal_shift AS
SELECT c.name, a.day FROM cal_def c CROSS JOIN all_dates a
 WHERE random() < 0.03
   AND NOT EXISTS (SELECT 1 FROM cal_week w WHERE w.name = c.name AND w.isodow = extract(isodow FROM a.day))
   AND NOT EXISTS (SELECT 1 FROM cal_holiday h WHERE h.name = c.name AND h.day = a.day);

CREATE TABLE cal AS
SELECT c.name, c.tz,
       jsonb_build_object(
         'tz', c.tz,
         'hours', (SELECT jsonb_object_agg((ARRAY['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])[w.isodow], c.hours)
                     FROM cal_week w WHERE w.name = c.name),
         'holidays', (SELECT jsonb_agg(to_char(day, 'YYYY-MM-DD')) FROM cal_holiday h WHERE h.name = c.name),
         'shifts', (SELECT jsonb_object_agg(to_char(day, 'YYYY-MM-DD'), c.hours) FROM cal_shift s WHERE s.name = c.name)
       )::business_calendar AS cal
  FROM cal_def c;

SELECT ok((SELECT bool_and(n > 2000) FROM (SELECT count(*) AS n FROM cal_holiday GROUP BY name) x)
          AND (SELECT bool_and(n > 300) FROM (SELECT count(*) AS n FROM cal_shift GROUP BY name) x),
          'each calendar has thousands of holidays and hundreds of make-up days');

-- The plain-SQL way: whether each date is a business date, and the number
-- of business dates before it (a running count over the dates).
CREATE TABLE plain_day AS
SELECT name, day, business,
       sum(business::int) OVER (PARTITION BY name ORDER BY day) - business::int AS before
  FROM (SELECT c.name, a.day,
               (w.isodow IS NOT NULL AND h.day IS NULL) OR s.day IS NOT NULL AS business
          FROM cal_def c CROSS JOIN all_dates a
          LEFT JOIN cal_week w ON w.name = c.name AND w.isodow = extract(isodow FROM a.day)
          LEFT JOIN cal_holiday h ON h.name = c.name AND h.day = a.day
          LEFT JOIN cal_shift s ON s.name = c.name AND s.day = a.day) x;
CREATE UNIQUE INDEX ON plain_day (name, day);
CREATE INDEX ON plain_day (name, before) WHERE business;
ANALYZE plain_day;

-- Random spans of up to 50 years, forwards and backwards, against a
-- direct count of the dates in between.
CREATE TABLE span AS
SELECT i, s, s + ((random() * 2 - 1) * 50 * 365.25)::int AS f
  FROM (SELECT i, date '1951-01-01' + (random() * 98 * 365.25)::int AS s
          FROM generate_series(1, 60) i) x;
SELECT is((SELECT count(*)::int FROM span, cal c
            WHERE business_days(c.cal, s, f) IS DISTINCT FROM
                  (SELECT (count(*) FILTER (WHERE p.business AND p.day >= least(s, f) AND p.day < greatest(s, f))
                           * sign(f - s))::int
                     FROM plain_day p WHERE p.name = c.name)),
          0, 'business_days over 60 random spans of up to 50 years agrees with a count of the dates, on three calendars');
SELECT is((SELECT count(*)::int FROM span, cal c
            WHERE business_days(c.cal, s, f) <> -business_days(c.cal, f, s)
               OR business_days(c.cal, s, f) <> business_days(c.cal, s, date '2000-01-01') + business_days(c.cal, date '2000-01-01', f)),
          0, 'business_days is antisymmetric and additive');
SELECT is((SELECT array_agg(business_days(c.cal, '1900-01-01', '2200-01-01') ORDER BY c.name) FROM cal c),
          (SELECT array_agg(n ORDER BY name) FROM (SELECT name, count(*) FILTER (WHERE business)::int AS n FROM plain_day GROUP BY name) x),
          'business_days over all 300 supported years agrees with the plain count');

-- Steps from random starts inside working hours (09:00 to 12:00 local is
-- working time on every business date of all three calendars), of up to
-- 10,000 business dates either way: the result is the plain-SQL date of
-- that rank at the same wall-clock time.
CREATE TABLE step AS
SELECT i, c.name, c.tz, c.cal, x.start_local, x.n
  FROM cal c
 CROSS JOIN LATERAL (
       SELECT i, timestamp '1960-01-01 09:00' + (random() * 100 * 365.25)::int * interval '1 day'
                 + (random() * 10800)::int * interval '1 second' AS start_local,
              CASE WHEN i = 1 THEN 10000 WHEN i = 2 THEN -10000
                   ELSE (random() * 20000 - 10000)::int END AS n
         FROM generate_series(1, 40) i
        WHERE c.name IS NOT NULL) x;
UPDATE step SET n = 1 WHERE n = 0;
CREATE TABLE step_result AS
SELECT s.*, add_business_days(s.cal, s.start_local AT TIME ZONE s.tz, s.n) AS got,
       (SELECT r.day FROM plain_day r
         WHERE r.name = s.name AND r.business
           AND r.before = CASE WHEN s.n > 0
                               THEN (SELECT before + business::int FROM plain_day p WHERE p.name = s.name AND p.day = s.start_local::date) + s.n - 1
                               ELSE (SELECT before FROM plain_day p WHERE p.name = s.name AND p.day = s.start_local::date) + s.n END) AS reached
  FROM step s;
SELECT is((SELECT count(*)::int FROM step_result
            WHERE got IS DISTINCT FROM (reached + start_local::time) AT TIME ZONE tz),
          0, 'add_business_days of up to 10,000 business dates either way lands on the plain-SQL date at the same wall-clock time');
SELECT is((SELECT count(*)::int FROM step_result WHERE abs(n) = 10000 AND reached IS NOT NULL), 6,
          'the steps of exactly 10,000 business dates are among them');
SELECT is((SELECT count(*)::int FROM step_result
            WHERE CASE WHEN n > 0
                       THEN business_days(cal, start_local::date + 1, (got AT TIME ZONE tz)::date + 1)
                       ELSE business_days(cal, start_local::date, (got AT TIME ZONE tz)::date) END <> n),
          0, 'from working time, business_days(d + 1, r + 1) = n forwards and business_days(d, r) = n backwards');

-- From any time of day, the roll to working time only moves a forward
-- step later and a backward step earlier, and lands on working time.
CREATE TABLE any_step AS
SELECT s.name, s.tz, s.cal, t.start, s.n,
       add_business_days(s.cal, t.start, s.n) AS got
  FROM step s
 CROSS JOIN LATERAL (SELECT s.start_local AT TIME ZONE s.tz - (random() * 86400 * 3)::int * interval '1 second' AS start) t;
SELECT is((SELECT count(*)::int FROM any_step
            WHERE NOT is_business_time(cal, got)
              AND NOT (n < 0 AND is_business_time(cal, got - interval '1 second'))),
          0, 'a forward step lands on working time, a backward one on working time or a closing');
SELECT is((SELECT count(*)::int FROM any_step
            WHERE CASE WHEN n > 0
                       THEN business_days(cal, (start AT TIME ZONE tz)::date + 1, (got AT TIME ZONE tz)::date + 1) < n
                       ELSE business_days(cal, (start AT TIME ZONE tz)::date, (got AT TIME ZONE tz)::date) > n END),
          0, 'from any time, a step covers at least n business dates');
SELECT is((SELECT count(*)::int FROM any_step
            WHERE (n > 0 AND got < (SELECT add_business_days(cal, start, n - 1)))
               OR (n < 0 AND got > (SELECT add_business_days(cal, start, n + 1)))),
          0, 'steps are monotonic in n');

-- Parallel plans give the serial answer.
CREATE TABLE span_rows AS
SELECT i, date '1990-01-01' + (random() * 10000)::int AS s, (random() * 4000)::int AS len
  FROM generate_series(1, 100000) i;
ANALYZE span_rows;
SELECT cal AS ny FROM cal WHERE name = 'ny_mon_sat' \gset
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial_result AS
SELECT sum(business_days(:'ny', s, s + len)) AS days,
       sum(extract(epoch FROM add_business_days(:'ny', s::timestamptz, len - 2000))) AS steps
  FROM span_rows;
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
SELECT ok(explain_text(format('SELECT sum(business_days(%L::business_calendar, s, s + len)) FROM span_rows', :'ny'))
          ~ 'Gather(.|\n)*Partial Aggregate',
          'the sum over 100,000 spans runs as a parallel plan');
SELECT is((SELECT row(sum(business_days(:'ny', s, s + len)),
                      sum(extract(epoch FROM add_business_days(:'ny', s::timestamptz, len - 2000))))::text
             FROM span_rows),
          (SELECT row(days, steps)::text FROM serial_result),
          'the parallel plan gives the serial answer');
RESET force_parallel_mode;
RESET max_parallel_workers_per_gather;

SELECT * FROM finish();
ROLLBACK;
