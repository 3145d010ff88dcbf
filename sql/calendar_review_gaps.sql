-- Window edges inside a daylight-saving gap or a skipped day are read as
-- the instant the clocks jump, so windows that are disjoint on the wall
-- clock never overlap in real time (no moment is counted twice) and
-- windows that touch stay joined (no moment is lost).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';

-- New York, Sunday 9 March 2025: clocks jump from 02:00 EST (07:00Z) to
-- 03:00 EDT.  Sunday 01:00-02:30 closes at the jump (06:00Z to 07:00Z),
-- 03:00-05:00 EDT is 07:00Z to 09:00Z: the day is worked from 06:00Z to
-- 09:00Z without a pause, 3 hours, and the half hour after the jump once.
SELECT '{"tz": "America/New_York", "hours": {"sun": [["01:00", "02:30"], ["03:00", "05:00"]]}}' AS ny \gset
SELECT business_time(:'ny', '2025-03-09 00:00-05', '2025-03-10 00:00-04') AS gap_day,
       business_time(:'ny', '2025-03-09 06:00Z', '2025-03-09 09:00Z')
       = '2025-03-09 09:00Z'::timestamptz - '2025-03-09 06:00Z' AS all_worked,
       business_time(:'ny', '2025-03-09 07:00Z', '2025-03-09 07:30Z') AS half_hour,
       business_deadline(:'ny', '2025-03-09 06:00Z', '3 hours') AS deadline_3h,
       business_deadline(:'ny', '2025-03-09 09:00Z', '-3 hours') AS back_3h,
       business_time(:'ny', '2025-03-02 00:00-05', '2025-03-03 00:00-05') AS ordinary_sunday;

-- A night shift closing in the gap: Saturday 22:00-02:30 runs from 03:00Z
-- to the jump at 07:00Z (4 hours), then Sunday 03:00-04:00 EDT (1 hour);
-- the night is worked without a pause, so business time is elapsed time.
SELECT '{"tz": "America/New_York", "hours": {"sat": [["22:00", "02:30"]], "sun": [["03:00", "04:00"]]}}' AS night \gset
SELECT business_time(:'night', '2025-03-08 12:00-05', '2025-03-09 12:00-04') AS night_total,
       business_time(:'night', '2025-03-08 22:00-05', '2025-03-09 04:00-04')
       = '2025-03-09 04:00-04'::timestamptz - '2025-03-08 22:00-05' AS night_is_elapsed,
       business_deadline(:'night', '2025-03-08 22:00-05', '4 hours 30 minutes') AS deadline_4h30;

-- An opening in the gap opens at the jump: 02:30-03:15 is worked from
-- 03:00 to 03:15 EDT, 03:20-04:00 EDT as written; from 03:00 to 03:25 EDT
-- that is 15 + 5 minutes, and the day has 15 + 40 minutes.
SELECT '{"tz": "America/New_York", "hours": {"sun": [["02:30", "03:15"], ["03:20", "04:00"]]}}' AS opening \gset
SELECT business_time(:'opening', '2025-03-09 03:00-04', '2025-03-09 03:25-04') AS to_0325,
       business_time(:'opening', '2025-03-09 00:00-05', '2025-03-10 00:00-04') AS opening_day,
       next_business_time(:'opening', '2025-03-09 00:00-05') AS next_opening,
       is_business_time(:'opening', '2025-03-09 03:00-04') AS at_jump;

-- zendesk/biz's case biz-25 (Los Angeles, 2 April 2006, Sunday 02:30-03:15
-- and Monday 09:00-17:00): biz drops the Sunday window; here it is worked
-- from the jump at 03:00 PDT (10:00Z) to 03:15 PDT, 15 minutes.
SELECT '{"tz": "America/Los_Angeles", "hours": {"sun": [["02:30", "03:15"]], "mon": [["09:00", "17:00"]]}}' AS la \gset
SELECT business_time(:'la', '2006-04-02 00:00-08', '2006-04-03 00:00-07') AS la_sunday,
       next_business_time(:'la', '2006-04-02 00:00-08') AS la_next_opening;

-- Toronto, 30 March 1919: clocks jumped from 23:30 EST to 00:30 EDT, so
-- midnight did not exist.  Whole days 00:00-24:00 touch at that midnight
-- and still cover every moment: the day of 31 March (UTC) is 24 hours.
SELECT '{"tz": "America/Toronto", "hours": {"mon": [["00:00", "24:00"]], "tue": [["00:00", "24:00"]], "wed": [["00:00", "24:00"]], "thu": [["00:00", "24:00"]], "fri": [["00:00", "24:00"]], "sat": [["00:00", "24:00"]], "sun": [["00:00", "24:00"]]}}' AS toronto \gset
SELECT business_time(:'toronto', '1919-03-31 00:00Z', '1919-04-01 00:00Z') AS toronto_day,
       business_deadline(:'toronto', '1919-03-31 04:00Z', '1 hour') AS toronto_deadline;

-- Pacific/Apia skipped Friday 30 December 2011 (UTC-10 to UTC+14): the
-- Friday hours open and close inside the skipped day and are dropped, so
-- the week has Thursday's and Saturday's 8 hours only.
SELECT '{"tz": "Pacific/Apia", "hours": {"thu": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]], "sat": [["09:00", "17:00"]]}}' AS apia \gset
SELECT business_time(:'apia', '2011-12-28 00:00-10', '2012-01-02 00:00+14') AS apia_week,
       business_deadline(:'apia', '2011-12-29 16:00-10', '2 hours') AS apia_deadline,
       is_business_time(:'apia', '2011-12-31 10:00+14') AS saturday_worked;

-- Against a plain-SQL minute walk over three days around the New York and
-- Berlin changes of 2025: a minute is worked when its local time lies in
-- a window of its local date, or of the day before for a night shift.
CREATE TABLE review_gap_window (tz text, dow int, opens interval, closes interval);
INSERT INTO review_gap_window VALUES
  ('America/New_York', 6, '22:00', '26:30'), ('America/New_York', 0, '03:00', '05:00'),
  ('America/New_York', 0, '05:30', '06:00'),
  ('Europe/Berlin', 6, '21:00', '26:45'), ('Europe/Berlin', 0, '03:10', '04:00');
CREATE TABLE review_gap_calendar (tz text, cal business_calendar);
INSERT INTO review_gap_calendar VALUES
  ('America/New_York', '{"tz": "America/New_York", "hours": {"sat": [["22:00", "02:30"]], "sun": [["03:00", "05:00"], ["05:30", "06:00"]]}}'),
  ('Europe/Berlin', '{"tz": "Europe/Berlin", "hours": {"sat": [["21:00", "02:45"]], "sun": [["03:10", "04:00"]]}}');
WITH walk AS (
  SELECT c.tz, count(*) FILTER (WHERE EXISTS (
           SELECT 1 FROM review_gap_window w, LATERAL (SELECT m AT TIME ZONE c.tz AS l) l
            WHERE w.tz = c.tz
              AND ((w.dow = extract(dow FROM l.l) AND l.l - date_trunc('day', l.l) >= w.opens
                    AND l.l - date_trunc('day', l.l) < w.closes)
                OR (w.dow = extract(dow FROM l.l - interval '1 day')
                    AND l.l - date_trunc('day', l.l) + interval '24 hours' >= w.opens
                    AND l.l - date_trunc('day', l.l) + interval '24 hours' < w.closes))))
           * interval '1 minute' AS minutes
    FROM review_gap_calendar c,
         generate_series(timestamptz '2025-03-07 00:00Z', timestamptz '2025-03-31 00:00Z' - interval '1 minute', interval '1 minute') m
   GROUP BY c.tz)
SELECT w.tz, w.minutes,
       business_time(c.cal, '2025-03-07 00:00Z', '2025-03-31 00:00Z') = w.minutes AS agrees
  FROM walk w JOIN review_gap_calendar c USING (tz)
 ORDER BY w.tz;

-- In every zone, over the supported years: a 24x7 calendar of whole days,
-- and one of day and night shifts (08:00-20:00 and 20:00-08:00, which
-- touch inside the gaps of Kwajalein 1993, Apia 2011 and the Antarctic
-- stations), give business time equal to elapsed time.
SELECT count(*) > 400 AS many_zones,
       count(*) FILTER (WHERE business_time(business_calendar(jsonb_build_object('tz', name, 'hours', jsonb_build_object(d, '[["00:00", "24:00"]]'::jsonb, 'tue', '[["00:00", "24:00"]]'::jsonb, 'wed', '[["00:00", "24:00"]]'::jsonb, 'thu', '[["00:00", "24:00"]]'::jsonb, 'fri', '[["00:00", "24:00"]]'::jsonb, 'sat', '[["00:00", "24:00"]]'::jsonb, 'sun', '[["00:00", "24:00"]]'::jsonb))),
                                           '1900-01-02 00:00:07Z', '2199-12-30 13:00Z')
                          <> '2199-12-30 13:00Z'::timestamptz - '1900-01-02 00:00:07Z') AS whole_days_differ,
       count(*) FILTER (WHERE business_time(business_calendar(jsonb_build_object('tz', name, 'hours', jsonb_build_object(d, s, 'tue', s, 'wed', s, 'thu', s, 'fri', s, 'sat', s, 'sun', s))),
                                           '1900-01-03 00:00:07Z', '2199-12-29 13:00Z')
                          <> '2199-12-29 13:00Z'::timestamptz - '1900-01-03 00:00:07Z') AS shifts_differ
  FROM pg_timezone_names,
       (VALUES ('mon', '[["08:00", "20:00"], ["20:00", "08:00"]]'::jsonb)) AS v(d, s)
 WHERE name ~ '^(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/';

-- Random spans in London around both changes of 2025, with a Saturday
-- night shift across each change, against a plain-SQL minute walk.
SELECT setseed(0.25);
CREATE TABLE review_london_window (dow int, opens interval, closes interval);
INSERT INTO review_london_window VALUES
  (1, '08:00', '12:00'), (1, '13:00', '17:30'), (2, '22:00', '30:00'), (3, '09:15', '17:00'),
  (4, '00:00', '24:00'), (5, '09:00', '17:00'), (6, '20:00', '27:00'), (0, '10:00', '11:00');
SELECT '{"tz": "Europe/London", "hours": {"mon": [["08:00", "12:00"], ["13:00", "17:30"]], "tue": [["22:00", "06:00"]], "wed": [["09:15", "17:00"]], "thu": [["00:00", "24:00"]], "fri": [["09:00", "17:00"]], "sat": [["20:00", "03:00"]], "sun": [["10:00", "11:00"]]}}' AS london \gset
CREATE TABLE review_london_minute AS
SELECT t, EXISTS (
         SELECT 1 FROM review_london_window w, LATERAL (SELECT t AT TIME ZONE 'Europe/London' AS l) l
          WHERE (w.dow = extract(dow FROM l.l) AND l.l - date_trunc('day', l.l) >= w.opens
                 AND l.l - date_trunc('day', l.l) < w.closes)
             OR (w.dow = extract(dow FROM l.l - interval '1 day')
                 AND l.l - date_trunc('day', l.l) + interval '24 hours' >= w.opens
                 AND l.l - date_trunc('day', l.l) + interval '24 hours' < w.closes)) AS working
  FROM (SELECT generate_series(timestamptz '2025-03-20', '2025-04-10', interval '1 minute')
        UNION ALL
        SELECT generate_series(timestamptz '2025-10-15', '2025-11-05', interval '1 minute')) g(t);
CREATE INDEX ON review_london_minute (t);
CREATE TABLE review_london_span AS
SELECT a, date_trunc('minute', a + random() * interval '6 days') AS b
  FROM (SELECT date_trunc('minute', base + random() * interval '14 days') AS a
          FROM (VALUES (timestamptz '2025-03-20'), ('2025-10-15')) v(base),
               generate_series(1, 150)) x;
SELECT count(*) AS spans,
       count(*) FILTER (WHERE business_time(:'london', a, b)
                        <> (SELECT count(*) FILTER (WHERE working) FROM review_london_minute
                             WHERE t >= a AND t < b) * interval '1 minute') AS business_time_differs,
       count(*) FILTER (WHERE is_business_time(:'london', a)
                        <> (SELECT working FROM review_london_minute WHERE t = a)) AS is_business_time_differs
  FROM review_london_span;
