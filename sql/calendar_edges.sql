-- Business time on the days where calendars go wrong: long holidays with
-- make-up working days, daylight-saving changes, overnight windows, 24x7.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';

-- China, National Day 2025: holidays 1-8 October, make-up working days
-- Sunday 28 September and Saturday 11 October; Mon-Fri 09-12 and 13-18.
SELECT '{"tz": "Asia/Shanghai",
         "hours": {"mon": [["09:00", "12:00"], ["13:00", "18:00"]], "tue": [["09:00", "12:00"], ["13:00", "18:00"]],
                   "wed": [["09:00", "12:00"], ["13:00", "18:00"]], "thu": [["09:00", "12:00"], ["13:00", "18:00"]],
                   "fri": [["09:00", "12:00"], ["13:00", "18:00"]]},
         "holidays": ["2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04", "2025-10-05", "2025-10-06", "2025-10-07", "2025-10-08"],
         "shifts": {"2025-09-28": [["09:00", "12:00"], ["13:00", "18:00"]], "2025-10-11": [["09:00", "12:00"], ["13:00", "18:00"]]}}'::business_calendar AS cn \gset
-- Fri 26 Sep 09:00 to Mon 13 Oct 09:00: the working dates are 26, 28, 29,
-- 30 September and 9, 10, 11 October, 8 hours each = 56 hours; the
-- plain-SQL count of those dates agrees.
SELECT business_time(:'cn', '2025-09-26 09:00+08', '2025-10-13 09:00+08') AS national_day,
       (SELECT count(*) * interval '8 hours'
          FROM generate_series(date '2025-09-26', date '2025-10-12', '1 day') g(day)
         WHERE (extract(isodow FROM day) <= 5 AND day NOT BETWEEN '2025-10-01' AND '2025-10-08')
            OR day IN ('2025-09-28', '2025-10-11')) AS by_counting_dates;
-- 2 hours from Tue 30 Sep 17:00: 1 hour that day, 1 hour on Thu 9 Oct
SELECT business_deadline(:'cn', '2025-09-30 17:00+08', '2 hours') AT TIME ZONE 'Asia/Shanghai' AS after_holiday,
       business_deadline(:'cn', '2025-10-09 10:00+08', '-2 hours') AT TIME ZONE 'Asia/Shanghai' AS back_over_holiday;
SELECT t AT TIME ZONE 'Asia/Shanghai' AS local_time, is_business_time(:'cn', t) AS working,
       next_business_time(:'cn', t) AT TIME ZONE 'Asia/Shanghai' AS next_opening
  FROM unnest('{2025-09-27 10:00+08, 2025-09-28 10:00+08, 2025-09-30 12:30+08, 2025-10-01 10:00+08, 2025-10-11 17:59:59+08, 2025-10-11 18:00+08}'::timestamptz[]) t;

-- Daylight saving in America/New_York (2025-03-09 and 2025-11-02 at 02:00)
-- and Europe/Berlin (2025-03-30 02:00 -> 03:00, 2025-10-26 03:00 -> 02:00).
-- A Saturday night shift 22:00-06:00 spans the change: 7 and 9 real hours.
SELECT '{"tz": "America/New_York", "hours": {"sat": [["22:00", "06:00"]]}}'::business_calendar AS ny_night \gset
SELECT business_time(:'ny_night', '2025-03-08 12:00-05', '2025-03-09 12:00-04') AS spring,
       business_time(:'ny_night', '2025-11-01 12:00-04', '2025-11-02 12:00-05') AS autumn,
       business_time(:'ny_night', '2025-06-07 12:00-04', '2025-06-08 12:00-04') AS summer;
-- deadlines count real hours through the change: 5 hours from Sat 22:00
-- EST (03:00Z) end at 08:00Z = 04:00 EDT; 4 hours from 22:00 EDT on
-- 1 November (02:00Z) end at 06:00Z = 01:00 EST, the second 01:00
SELECT business_deadline(:'ny_night', '2025-03-08 22:00-05', '5 hours') AS five_hours,
       business_deadline(:'ny_night', '2025-11-01 22:00-04', '4 hours') AS four_hours;
-- 24x7 in Berlin: the local days of the changes have 23 and 25 hours
SELECT '{"tz": "Europe/Berlin", "hours": {"mon": [["00:00", "24:00"]], "tue": [["00:00", "24:00"]], "wed": [["00:00", "24:00"]], "thu": [["00:00", "24:00"]], "fri": [["00:00", "24:00"]], "sat": [["00:00", "24:00"]], "sun": [["00:00", "24:00"]]}}'::business_calendar AS berlin \gset
SELECT business_time(:'berlin', '2025-03-30 00:00+01', '2025-03-31 00:00+02') AS march_day,
       business_time(:'berlin', '2025-10-26 00:00+02', '2025-10-27 00:00+01') AS october_day;
-- window edges inside the change: 02:30 does not exist on 30 March (read
-- as the jump to 03:00 CEST, so 02:30-04:00 is 1 hour); on 26 October
-- 02:30 comes twice and the first is taken (00:30Z to 03:00Z, 2.5 hours)
SELECT business_time('{"tz": "Europe/Berlin", "hours": {"sun": [["02:30", "04:00"]]}}', '2025-03-29', '2025-03-31') AS gap_edge,
       business_time('{"tz": "Europe/Berlin", "hours": {"sun": [["02:30", "04:00"]]}}', '2025-10-25', '2025-10-27') AS overlap_edge;
-- Mon-Fri 09-17 is untouched by night-time changes: 40 hours a week
SELECT business_time('{"tz": "Europe/Berlin", "hours": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]], "wed": [["09:00", "17:00"]], "thu": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]]}}',
                     '2025-03-24 00:00+01', '2025-04-07 00:00+02') AS two_weeks;
-- old dates use their own offsets: New York 1950 (no DST rule change
-- applied from today), 09-17 on Monday 1950-07-03 is 8 hours in EDT
SELECT business_time('{"tz": "America/New_York", "hours": {"mon": [["09:00", "17:00"]]}}',
                     '1950-07-03 13:00+00', '1950-07-03 21:00+00') AS edt_1950,
       business_time('{"tz": "America/New_York", "hours": {"mon": [["09:00", "17:00"]]}}',
                     '1950-07-03 14:00+00', '1950-07-03 22:00+00') AS shifted_by_an_hour;

-- Overnight windows belong to the day they start on.  Mon-Fri 22-06:
-- Friday night runs into Saturday; Monday 00-06 is Sunday's night, closed.
SELECT '{"tz": "UTC", "hours": {"mon": [["22:00", "06:00"]], "tue": [["22:00", "06:00"]], "wed": [["22:00", "06:00"]], "thu": [["22:00", "06:00"]], "fri": [["22:00", "06:00"]]}}'::business_calendar AS night \gset
SELECT business_time(:'night', '2025-06-06 20:00', '2025-06-09 08:00') AS fri_to_mon,
       is_business_time(:'night', '2025-06-07 03:00') AS sat_0300,
       is_business_time(:'night', '2025-06-09 03:00') AS mon_0300,
       next_business_time(:'night', '2025-06-07 07:00') AS next_opening,
       business_deadline(:'night', '2025-06-06 23:00', '7 hours') AS deadline_at_close,
       business_deadline(:'night', '2025-06-06 23:00', '8 hours') AS deadline_next_night;
-- a holiday on Tuesday 10 June closes Tuesday night but leaves the part
-- of Monday night after midnight: 8 hours from Mon 12:00 to Wed 12:00
SELECT business_time((:'night'::jsonb || '{"holidays": ["2025-06-10"]}')::business_calendar,
                     '2025-06-09 12:00', '2025-06-11 12:00') AS holiday_tuesday;

-- 24x7: business time is elapsed time, across weeks and changes.
SELECT business_time(:'berlin', '2024-12-30 17:45:12.5+01', '2025-11-03 08:00+01')
       = '2025-11-03 08:00+01'::timestamptz - '2024-12-30 17:45:12.5+01'::timestamptz AS equals_elapsed,
       business_deadline(:'berlin', '2025-03-29 12:00+01', '36 hours') AS deadline,
       '2025-03-29 12:00+01'::timestamptz + interval '36 hours' AS plain_sum;
