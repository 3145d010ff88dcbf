-- The business_calendar type: reading, checking, writing back.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';

-- The canonical text: weekdays in order, holidays, and each date's own
-- hours (breaks folded in); "desc" is not kept; zone names as PostgreSQL
-- spells them.
SELECT '{"desc": "service desk", "tz": "europe/berlin",
         "hours": {"fri": [["13:00", "17:00"], ["09:00", "12:00"]], "mon": [["22:00", "06:00"]], "sun": [["00:00", "00:00"]]},
         "holidays": ["2025-12-25", "2025-12-24"],
         "shifts": {"2025-12-27": [["10:00", "14:00:30"]]},
         "breaks": {"2025-12-22": [["23:00", "01:00"]], "2025-12-26": [["10:00", "11:00"]]}}'::business_calendar;

-- the text reads back as the same calendar
CREATE TABLE cal_roundtrip (cal business_calendar);
INSERT INTO cal_roundtrip VALUES
  ('{"tz": "UTC"}'),
  ('{"tz": "Asia/Shanghai", "hours": {"mon": [["09:00", "12:00"], ["13:00", "18:00"]]}, "holidays": ["2025-10-01"], "shifts": {"2025-09-28": [["09:00", "18:00"]]}}'),
  ('{"tz": "America/New_York", "hours": {"sat": [["09:30", "09:30"]], "sun": [["10:00", "24:00"]]}, "breaks": {"2025-11-01": [["23:00", "01:00"]]}}');
SELECT cal::text::business_calendar::text = cal::text AS same_text,
       business_time(cal, '2025-10-20', '2025-11-10')
       = business_time(cal::text::business_calendar, '2025-10-20', '2025-11-10') AS same_time
  FROM cal_roundtrip;

-- the cast from jsonb gives the same as the text input
SELECT '{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]]}}'::jsonb::business_calendar::text
     = '{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]]}}'::business_calendar::text AS cast_matches;

-- Calendars that are rejected, each pointing at its bad part.
SELECT '{"tz": "Mars/Olympus_Mons"}'::business_calendar;
SELECT '{"hours": {}}'::business_calendar;
SELECT '[1, 2]'::business_calendar;
SELECT '{"tz": "UTC", "hour": {}}'::business_calendar;
SELECT '{"tz": "UTC", "hours": {"monday": [["09:00", "17:00"]]}}'::business_calendar;
SELECT '{"tz": "UTC", "hours": {"mon": [["09:00", "25:00"]]}}'::business_calendar;
SELECT '{"tz": "UTC", "hours": {"mon": [["9:00", "17:00"]]}}'::business_calendar;
SELECT '{"tz": "UTC", "hours": {"mon": [["09:00", "24:30"]]}}'::business_calendar;
SELECT '{"tz": "UTC", "hours": {"mon": [["24:00", "06:00"]]}}'::business_calendar;
SELECT '{"tz": "UTC", "hours": {"mon": [["09:00", "17:00", "18:00"]]}}'::business_calendar;
SELECT '{"tz": "UTC", "hours": {"mon": [["09:00", 17]]}}'::business_calendar;
SELECT '{"tz": "UTC", "hours": {"mon": ["09:00-17:00"]}}'::business_calendar;
SELECT '{"tz": "UTC", "hours": {"mon": [["09:00", "12:30"], ["12:00", "17:00"]]}}'::business_calendar;
SELECT '{"tz": "UTC", "hours": {"sun": [["20:00", "02:00"]], "mon": [["01:00", "09:00"]]}}'::business_calendar;
SELECT '{"tz": "UTC", "holidays": ["2025-02-29"]}'::business_calendar;
SELECT '{"tz": "UTC", "holidays": ["2025/10/01"]}'::business_calendar;
SELECT '{"tz": "UTC", "holidays": "2025-10-01"}'::business_calendar;
SELECT '{"tz": "UTC", "holidays": ["1899-12-31"]}'::business_calendar;
SELECT '{"tz": "UTC", "holidays": ["2025-10-01"], "shifts": {"2025-10-01": [["09:00", "12:00"]]}}'::business_calendar;
SELECT '{"tz": "UTC", "hours": {"mon": [["22:00", "06:00"]]}, "shifts": {"2025-10-07": [["05:00", "09:00"]]}}'::business_calendar;
SELECT '{"tz": "UTC", "shifts": {"2025-10-31": [["09:00", "12:00"]]}, "breaks": {"2025-13-01": []}}'::business_calendar;
SELECT '{"tz": "UTC", "hours": {"tue": [["22:00", "06:00"]]}, "breaks": {"2199-12-31": [["23:00", "01:00"]]}}'::business_calendar;
SELECT '{"tz": "UTC",'::business_calendar;

-- NULL arguments give NULL (the functions are strict).
SELECT business_time(NULL, now(), now()) IS NULL AS a,
       business_time('{"tz": "UTC"}', NULL, now()) IS NULL AS b,
       business_time('{"tz": "UTC"}', now(), now(), NULL) IS NULL AS c,
       business_deadline('{"tz": "UTC"}', now(), NULL) IS NULL AS d,
       is_business_time('{"tz": "UTC"}', NULL) IS NULL AS e,
       next_business_time(NULL, now()) IS NULL AS f;

-- Infinite and out-of-range instants are errors.
SELECT business_time('{"tz": "UTC"}', '-infinity', '2025-01-01');
SELECT business_time('{"tz": "UTC"}', '2025-01-01', 'infinity');
SELECT business_deadline('{"tz": "UTC"}', 'infinity', '1 hour');
SELECT is_business_time('{"tz": "UTC"}', '1899-12-31 23:59:59+00');
SELECT next_business_time('{"tz": "UTC"}', '2200-01-01 00:00+00');

-- A pause may run to infinity, or be unbounded: only its part between
-- start and finish counts.  Mon and Tue 09-17: pausing from Monday 12:00
-- leaves Monday 09-12, 3 hours; pausing until Tuesday 10:00 leaves
-- Tuesday 10-17, 7 hours.
SELECT business_time('{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]]}}',
                     '2025-03-03 00:00', '2025-03-05 00:00',
                     '{[2025-03-03 12:00, infinity)}') AS to_infinity,
       business_time('{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]]}}',
                     '2025-03-03 00:00', '2025-03-05 00:00',
                     '{(, 2025-03-04 10:00)}') AS from_unbounded;

-- An amount with a day or month part has no fixed working length.
SELECT business_deadline('{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]]}}', '2025-01-06 09:00', '1 day');

-- A calendar with no working time: zero working time, and no deadline or
-- next opening (an error, at once).
SELECT business_time('{"tz": "UTC"}', '1900-01-01', '2199-12-31') AS nothing;
SELECT business_deadline('{"tz": "UTC"}', '2025-01-01', '1 hour');
SELECT business_deadline('{"tz": "UTC", "holidays": ["2025-01-01"]}', '2025-01-01', '-1 hour');
SELECT next_business_time('{"tz": "UTC"}', '2025-01-01');
-- zero is reached at once, even with no working time
SELECT business_deadline('{"tz": "UTC"}', '2025-01-01', '0') AS zero;
-- working time on one date only: reachable before it, not after
SELECT business_deadline('{"tz": "UTC", "shifts": {"2030-05-05": [["09:00", "10:00"]]}}', '2025-01-01', '30 minutes') AS once;
SELECT business_deadline('{"tz": "UTC", "shifts": {"2030-05-05": [["09:00", "10:00"]]}}', '2025-01-01', '2 hours');
SELECT next_business_time('{"tz": "UTC", "shifts": {"2030-05-05": [["09:00", "10:00"]]}}', '2030-05-05 10:00');
-- a deadline beyond the supported years
SELECT business_deadline('{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]]}}', '2199-12-01', '100 hours');
SELECT business_deadline('{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]]}}', '1900-02-01', '-100 hours');
