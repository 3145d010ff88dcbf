-- Business time on 1 million requests: business_time against plain
-- finish - start (the floor) and against the plain-SQL way (every day of
-- the span from generate_series, weekly hours and a holiday table).
-- Business days on the requests' local dates: business_days against the
-- date difference (the floor) and against the plain-SQL count of the
-- dates from generate_series with the holiday and make-up tables.
-- No PostgreSQL extension computes business time or business days, so
-- there is no peer.
SET TimeZone = 'UTC';
-- JIT compiling the plain-SQL function's statements at each call would
-- cost more than running them; no measure here uses it.
SET jit = off;
SELECT setseed(0.5);

CREATE TABLE requests AS
SELECT i, start, start + (random() * 10 * 86400) * interval '1 second' AS finish
  FROM (SELECT i, timestamptz '2024-01-01' + (random() * 700 * 86400) * interval '1 second' AS start
          FROM generate_series(1, 1000000) i) x;
ANALYZE requests;

-- Mon-Fri 09-12 and 13-18 with China's 2024-2025 holidays and make-up days.
CREATE TABLE bench_hours (isodow int, opens time, closes time);
INSERT INTO bench_hours
SELECT d, o, c FROM generate_series(1, 5) d,
       (VALUES (time '09:00', time '12:00'), ('13:00', '18:00')) w(o, c);
CREATE TABLE bench_holiday (day date PRIMARY KEY);
INSERT INTO bench_holiday
SELECT generate_series(a, b, '1 day')::date
  FROM (VALUES (date '2024-01-01', date '2024-01-01'), ('2024-02-10', '2024-02-17'),
               ('2024-04-04', '2024-04-06'), ('2024-05-01', '2024-05-05'),
               ('2024-06-10', '2024-06-10'), ('2024-09-15', '2024-09-17'),
               ('2024-10-01', '2024-10-07'), ('2025-01-01', '2025-01-01'),
               ('2025-01-28', '2025-02-04'), ('2025-04-04', '2025-04-06'),
               ('2025-05-01', '2025-05-05'), ('2025-05-31', '2025-06-02'),
               ('2025-10-01', '2025-10-08')) h(a, b);
CREATE TABLE bench_makeup (day date PRIMARY KEY);
INSERT INTO bench_makeup VALUES ('2024-02-04'), ('2024-02-18'), ('2024-04-07'),
  ('2024-04-28'), ('2024-05-11'), ('2024-09-14'), ('2024-09-29'), ('2024-10-12'),
  ('2025-01-26'), ('2025-02-08'), ('2025-04-27'), ('2025-09-28'), ('2025-10-11');
ANALYZE bench_hours, bench_holiday, bench_makeup;

SELECT jsonb_build_object(
         'tz', 'Asia/Shanghai',
         'hours', jsonb_build_object('mon', w, 'tue', w, 'wed', w, 'thu', w, 'fri', w),
         'holidays', (SELECT jsonb_agg(day) FROM bench_holiday),
         'shifts', (SELECT jsonb_object_agg(day, w) FROM bench_makeup))::business_calendar AS cn,
       jsonb_build_object(
         'tz', 'America/New_York',
         'hours', jsonb_build_object('mon', w, 'tue', w, 'wed', w, 'thu', w, 'fri', w))::business_calendar AS ny
  FROM (SELECT '[["09:00", "12:00"], ["13:00", "18:00"]]'::jsonb AS w) x \gset

-- The plain-SQL way, per request.
CREATE FUNCTION plain_business_time(s timestamptz, f timestamptz)
RETURNS interval LANGUAGE sql STABLE AS $$
  SELECT coalesce(sum(least(f, w.closes_at) - greatest(s, w.opens_at)), '0')
    FROM generate_series(((s AT TIME ZONE 'Asia/Shanghai')::date - 1)::timestamp,
                         (f AT TIME ZONE 'Asia/Shanghai')::date::timestamp, '1 day') g(day)
   CROSS JOIN LATERAL (
         SELECT (g.day + h.opens) AT TIME ZONE 'Asia/Shanghai' AS opens_at,
                (g.day + h.closes) AT TIME ZONE 'Asia/Shanghai' AS closes_at
           FROM bench_hours h
          WHERE (h.isodow = extract(isodow FROM g.day)
                 AND NOT EXISTS (SELECT 1 FROM bench_holiday x WHERE x.day = g.day::date))
             OR (h.isodow = 1 AND EXISTS (SELECT 1 FROM bench_makeup m WHERE m.day = g.day::date))) w
   WHERE w.closes_at > s AND w.opens_at < f
$$;

-- The plain-SQL way to count business dates in [s, f).
CREATE FUNCTION plain_business_days(s date, f date)
RETURNS bigint LANGUAGE sql STABLE AS $$
  SELECT count(*)
    FROM generate_series(s, f - 1, interval '1 day') g(day)
   WHERE (extract(isodow FROM g.day) <= 5
          AND NOT EXISTS (SELECT 1 FROM bench_holiday x WHERE x.day = g.day::date))
      OR EXISTS (SELECT 1 FROM bench_makeup m WHERE m.day = g.day::date)
$$;
CREATE TABLE date_pairs AS
SELECT i, (start AT TIME ZONE 'Asia/Shanghai')::date AS s,
       (finish AT TIME ZONE 'Asia/Shanghai')::date AS f
  FROM requests;
ANALYZE date_pairs;
SELECT count(*) AS date_pairs_checked,
       count(*) FILTER (WHERE business_days(:'cn', s, f) <> plain_business_days(s, f)) AS day_disagreements
  FROM date_pairs WHERE i <= 10000;

-- The three ways agree on the first 10,000 requests.
SELECT count(*) AS requests_checked,
       count(*) FILTER (WHERE business_time(:'cn', start, finish) <> plain_business_time(start, finish)) AS disagreements
  FROM requests WHERE i <= 10000;

SELECT bench_time('calendar', 'finish - start, 1M',
                  'SELECT sum(finish - start) FROM requests');
SELECT bench_time('calendar', 'business_time Asia/Shanghai with holidays, 1M',
                  format('SELECT sum(business_time(%L::business_calendar, start, finish)) FROM requests', :'cn'));
SELECT bench_time('calendar', 'business_time America/New_York (DST), 1M',
                  format('SELECT sum(business_time(%L::business_calendar, start, finish)) FROM requests', :'ny'));
-- The plain-SQL way takes minutes on 1 million requests: timed once
-- after its warm-up run.
SELECT bench_time('calendar', 'plain SQL generate_series + holiday table, 1M',
                  'SELECT sum(plain_business_time(start, finish)) FROM requests', 1);

SELECT bench_time('calendar', 'date difference f - s, 1M',
                  'SELECT sum(f - s) FROM date_pairs');
SELECT bench_time('calendar', 'business_days Asia/Shanghai with holidays, 1M',
                  format('SELECT sum(business_days(%L::business_calendar, s, f)) FROM date_pairs', :'cn'));
SELECT bench_time('calendar', 'plain SQL business days generate_series + holiday table, 1M',
                  'SELECT sum(plain_business_days(s, f)) FROM date_pairs', 1);

SELECT * FROM bench_report('calendar', 'finish - start, 1M');
SELECT * FROM bench_report('calendar', 'date difference f - s, 1M')
 WHERE label ~ '^(date difference|business_days|plain SQL business days)';
SELECT round(((SELECT ms FROM bench_result WHERE label LIKE 'plain SQL generate_series%')
              / (SELECT ms FROM bench_result WHERE label LIKE 'business_time Asia%'))::numeric, 1)
       AS plain_sql_over_business_time;
SELECT round(((SELECT ms FROM bench_result WHERE label LIKE 'plain SQL business days%')
              / (SELECT ms FROM bench_result WHERE label LIKE 'business_days%'))::numeric, 1)
       AS plain_sql_over_business_days;
