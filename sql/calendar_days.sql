-- Business days: counts of business dates and steps of whole business
-- dates, on the days where calendars go wrong (long holidays with make-up
-- working days, overnight windows, 24x7, daylight saving, skipped days),
-- with reversed ranges, zero and negative steps, empty calendars, NULLs
-- and infinities.  Each value is worked out by hand in the comment above
-- it or recounted in SQL next to it.
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
-- 26 September to 12 October: the business dates are 26, 28, 29, 30
-- September and 9, 10, 11 October (7); reversed, minus that
SELECT business_days(:'cn', '2025-09-26', '2025-10-13') AS national_day,
       business_days(:'cn', '2025-10-13', '2025-09-26') AS reversed,
       (SELECT count(*)
          FROM generate_series(date '2025-09-26', date '2025-10-12', '1 day') g(day)
         WHERE (extract(isodow FROM day) <= 5 AND day NOT BETWEEN '2025-10-01' AND '2025-10-08')
            OR day IN ('2025-09-28', '2025-10-11')) AS by_counting_dates,
       business_days(:'cn', '2025-10-01', '2025-10-09') AS holidays_only,
       business_days(:'cn', '2025-09-30', '2025-09-30') AS empty_range,
       business_days(:'cn', '2025-09-28', '2025-09-29') AS makeup_sunday;
-- 5 business dates after Tuesday 30 September at 09:00: 9, 10, 11
-- (make-up Saturday), 13 and 14 October, so Tuesday 14 October 09:00;
-- 12:30 is lunch on 9 October, so the step moves on to 13:00; 19:00 is
-- after hours on 9 October, so it moves on to Friday 10 October 09:00
SELECT add_business_days(:'cn', '2025-09-30 09:00+08', 5) AT TIME ZONE 'Asia/Shanghai' AS five_days,
       add_business_days(:'cn', '2025-09-30 12:30+08', 1) AT TIME ZONE 'Asia/Shanghai' AS into_lunch,
       add_business_days(:'cn', '2025-09-30 19:00+08', 1) AT TIME ZONE 'Asia/Shanghai' AS after_hours;
-- From Saturday 27 September: the next business date is the make-up
-- Sunday; back from Thursday 9 October: 30, 29 and then 28 September;
-- back from 08:00 lands on 30 September 08:00, before opening, so it moves
-- back to the previous closing, Monday 29 September 18:00
SELECT add_business_days(:'cn', '2025-09-27 10:00+08', 1) AT TIME ZONE 'Asia/Shanghai' AS makeup_sunday,
       add_business_days(:'cn', '2025-10-09 10:00+08', -1) AT TIME ZONE 'Asia/Shanghai' AS back_one,
       add_business_days(:'cn', '2025-10-09 10:00+08', -3) AT TIME ZONE 'Asia/Shanghai' AS back_three,
       add_business_days(:'cn', '2025-10-09 08:00+08', -1) AT TIME ZONE 'Asia/Shanghai' AS back_before_opening;
-- Zero days: the start itself in working time, else the next opening
SELECT add_business_days(:'cn', '2025-09-30 10:00+08', 0) AT TIME ZONE 'Asia/Shanghai' AS working,
       add_business_days(:'cn', '2025-09-30 12:00+08', 0) AT TIME ZONE 'Asia/Shanghai' AS at_lunch,
       add_business_days(:'cn', '2025-10-01 10:00+08', 0) AT TIME ZONE 'Asia/Shanghai' AS holiday;

-- Overnight windows (Mon-Fri 19:00-05:00 UTC) belong to the date they
-- start on: Monday to Friday are the business dates, and Saturday 02:00
-- is working time of Friday's window.
SELECT '{"tz": "UTC", "hours": {"mon": [["19:00", "05:00"]], "tue": [["19:00", "05:00"]], "wed": [["19:00", "05:00"]], "thu": [["19:00", "05:00"]], "fri": [["19:00", "05:00"]]}}'::business_calendar AS night \gset
-- Mon 30 June to Mon 7 July 2014: five; Saturday 5 July to Monday: none
SELECT business_days(:'night', '2014-06-30', '2014-07-07') AS week,
       business_days(:'night', '2014-07-05', '2014-07-07') AS weekend;
-- Friday 23:00 + 1: Monday 23:00, inside Monday's window.  Saturday 02:00
-- + 0: itself (Friday's window).  Saturday 02:00 + 1: the local date is
-- Saturday, the next business date Monday, and Monday 02:00 is not
-- working time (no Sunday window), so Monday 19:00.  Saturday 02:00 - 1:
-- Friday 02:00, inside Thursday's window.
SELECT add_business_days(:'night', '2014-07-04 23:00+00', 1) AS friday_night_plus_one,
       add_business_days(:'night', '2014-07-05 02:00+00', 0) AS saturday_early_zero,
       add_business_days(:'night', '2014-07-05 02:00+00', 1) AS saturday_early_plus_one,
       add_business_days(:'night', '2014-07-05 02:00+00', -1) AS saturday_early_minus_one;

-- 24x7 in UTC: every date is a business date, so a step of n days is
-- n * 24 hours and a count is the difference of the dates.
SELECT '{"tz": "UTC", "hours": {"mon": [["00:00", "24:00"]], "tue": [["00:00", "24:00"]], "wed": [["00:00", "24:00"]], "thu": [["00:00", "24:00"]], "fri": [["00:00", "24:00"]], "sat": [["00:00", "24:00"]], "sun": [["00:00", "24:00"]]}}'::business_calendar AS always \gset
SELECT n, add_business_days(:'always', '2025-03-01 13:45:10+00', n) = '2025-03-01 13:45:10+00'::timestamptz + n * interval '1 day' AS step_is_n_days,
       business_days(:'always', '2025-03-01', date '2025-03-01' + n) = n AS count_is_n
  FROM unnest('{-10000, -366, -1, 0, 1, 59, 10000}'::int[]) n;

-- Daylight saving in America/New_York (2025-03-09 02:00 -> 03:00,
-- 2025-11-02 02:00 -> 01:00).  The wall-clock time is kept across the
-- change: Friday 7 March 10:00 EST + 1 is Monday 10 March 10:00 EDT.
SELECT '{"tz": "America/New_York", "hours": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]], "wed": [["09:00", "17:00"]], "thu": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]]}}'::business_calendar AS ny \gset
SELECT add_business_days(:'ny', '2025-03-07 10:00-05', 1) AS spring,
       add_business_days(:'ny', '2025-10-31 10:00-04', 1) AS autumn,
       business_days(:'ny', '2025-03-03', '2025-03-17') AS two_weeks;
-- 24x7 in New York: 02:30 does not exist on 9 March, so one day after
-- Saturday 02:30 EST is the jump, 03:00 EDT (07:00Z); 01:30 comes twice on
-- 2 November and the first (EDT, 05:30Z) is taken, both from 01:30 of the
-- day before and from the second 01:30 of the day after; one day after
-- that second 01:30 (EST, 06:30Z) is 01:30 EST on 3 November (06:30Z).
SELECT '{"tz": "America/New_York", "hours": {"mon": [["00:00", "24:00"]], "tue": [["00:00", "24:00"]], "wed": [["00:00", "24:00"]], "thu": [["00:00", "24:00"]], "fri": [["00:00", "24:00"]], "sat": [["00:00", "24:00"]], "sun": [["00:00", "24:00"]]}}'::business_calendar AS ny_always \gset
SELECT add_business_days(:'ny_always', '2025-03-08 02:30-05', 1) AS into_gap,
       add_business_days(:'ny_always', '2025-11-01 01:30-04', 1) AS into_overlap,
       add_business_days(:'ny_always', '2025-11-03 01:30-05', -1) AS back_into_overlap,
       add_business_days(:'ny_always', '2025-11-02 01:30-05', 1) AS from_second_occurrence;
-- A window that falls wholly in the gap collapses, so its date is no
-- business date: Sunday 02:00-02:30 in New York works on 2 and 16 March
-- 2025, not on 9 March.
SELECT business_days('{"tz": "America/New_York", "hours": {"sun": [["02:00", "02:30"]]}}', '2025-03-01', '2025-03-20') AS sundays_in_march,
       add_business_days('{"tz": "America/New_York", "hours": {"sun": [["02:00", "02:30"]]}}', '2025-03-02 02:10-05', 1) AS next_sunday;
-- Pacific/Apia skipped Friday 30 December 2011: Thursday 29 and Saturday
-- 31 are business dates, the missing day is not.
SELECT business_days('{"tz": "Pacific/Apia", "hours": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]], "wed": [["09:00", "17:00"]], "thu": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]], "sat": [["09:00", "17:00"]], "sun": [["09:00", "17:00"]]}}',
                     '2011-12-29', '2012-01-01') AS across_skipped_day,
       add_business_days('{"tz": "Pacific/Apia", "hours": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]], "wed": [["09:00", "17:00"]], "thu": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]], "sat": [["09:00", "17:00"]], "sun": [["09:00", "17:00"]]}}',
                         '2011-12-29 10:00-10', 1) AT TIME ZONE 'Pacific/Apia' AS step_over_skipped_day;

-- A calendar with one business date only (a shift on Monday 6 January
-- 2025): one step reaches it from either side, a second is an error
-- naming the step and its start, and so is a step back that reaches 6
-- January at 08:00, before its opening, with no earlier closing to move
-- back to (the error names the moment reached: the date exists, the
-- working time does not).
SELECT '{"tz": "UTC", "shifts": {"2025-01-06": [["09:00", "17:00"]]}}'::business_calendar AS once \gset
SELECT business_days(:'once', '1900-01-01', '2200-01-01') AS only_date,
       add_business_days(:'once', '2025-01-01 10:00+00', 1) AS forward,
       add_business_days(:'once', '2025-01-10 10:00+00', -1) AS backward,
       add_business_days(:'once', '2025-01-10 20:00+00', -1) AS backward_after_hours;
SELECT add_business_days(:'once', '2025-01-01 10:00+00', 2);
SELECT add_business_days(:'once', '2025-01-10 10:00+00', -2);
SELECT add_business_days(:'once', '2025-01-07 08:00+00', -1);
-- Forward likewise: one step from Friday 3 January 18:00 reaches Monday 6
-- January at 18:00, after its closing, and no opening follows.
SELECT add_business_days(:'once', '2025-01-03 18:00+00', 1);
\echo :LAST_ERROR_SQLSTATE

-- A calendar whose only interval falls wholly in the New York
-- spring-forward gap (02:00-02:30 on 9 March 2025) has no working time at
-- all: no business date, and the errors say so (22023), as for a calendar
-- with no hours, not that the years ran out.
SELECT '{"tz": "America/New_York", "shifts": {"2025-03-09": [["02:00", "02:30"]]}}'::business_calendar AS in_gap \gset
SELECT business_days(:'in_gap', '1900-01-01', '2200-01-01') AS no_date,
       business_time(:'in_gap', '1900-01-01 00:00+00', '2199-12-31 00:00+00') AS no_time;
SELECT add_business_days(:'in_gap', '2025-03-01 12:00+00', 1);
\echo :LAST_ERROR_SQLSTATE
SELECT add_business_days(:'in_gap', '2025-03-01 12:00+00', 0);
\echo :LAST_ERROR_SQLSTATE
SELECT next_business_time(:'in_gap', '2025-03-01 12:00+00');
\echo :LAST_ERROR_SQLSTATE
SELECT business_deadline(:'in_gap', '2025-03-01 12:00+00', '1 hour');
\echo :LAST_ERROR_SQLSTATE

-- A calendar with no working time: no business date to count or reach.
SELECT business_days('{"tz": "UTC"}', '2025-01-01', '2026-01-01') AS none;
SELECT add_business_days('{"tz": "UTC"}', '2025-01-01 10:00+00', 1);
SELECT add_business_days('{"tz": "UTC"}', '2025-01-01 10:00+00', -1);
SELECT add_business_days('{"tz": "UTC"}', '2025-01-01 10:00+00', 0);

-- NULLs give NULL.
SELECT business_days(NULL, '2025-01-01', '2025-02-01') IS NULL AS null_calendar,
       business_days(:'cn', NULL, '2025-02-01') IS NULL AS null_start,
       business_days(:'cn', '2025-01-01', NULL) IS NULL AS null_finish,
       add_business_days(NULL, '2025-01-01 10:00+00', 1) IS NULL AS null_calendar_step,
       add_business_days(:'cn', NULL, 1) IS NULL AS null_start_step,
       add_business_days(:'cn', '2025-01-01 10:00+00', NULL) IS NULL AS null_days;

-- Infinite and out-of-range dates and instants are errors.
SELECT business_days(:'cn', '-infinity', '2025-01-01');
SELECT business_days(:'cn', '2025-01-01', 'infinity');
SELECT business_days(:'cn', '1899-12-31', '2025-01-01');
SELECT business_days(:'cn', '2025-01-01', '2200-01-02');
SELECT add_business_days(:'cn', 'infinity', 1);
SELECT add_business_days(:'cn', '2200-01-01 00:00+00', -1);
-- the first and last supported dates are fine; steps beyond them are not
SELECT business_days(:'always', '1900-01-01', '2200-01-01') = date '2200-01-01' - date '1900-01-01' AS all_supported_dates;
SELECT add_business_days(:'always', '2199-12-31 12:00+00', 1);
SELECT add_business_days(:'always', '1900-01-01 12:00+00', -1);
SELECT add_business_days(:'cn', '2025-01-01 10:00+00', 2147483647);
