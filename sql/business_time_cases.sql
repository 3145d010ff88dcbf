-- Cases drawn from public bug reports in peers' trackers (cases.json in the
-- project's shared reference folder).  Each stands for a kind of fault; the
-- expected values are the reports' own arithmetic, written next to each
-- query.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';

-- C07: holidays honoured only for short offsets; a Saturday in the week
-- ignored.  (A) Mon-Fri 09-17, holiday Mon 2014-01-20, from Fri 15:00:
-- 7 h -> Tue 14:00, 8 h -> Tue 15:00, 9 h -> Tue 16:00 (never on the
-- holiday).  (B) Mon-Sat 08-17, holiday Fri 2018-11-09, from Thu 08:00:
-- 10 h -> Sat 09:00; 9 h -> Thu 17:00 (earliest instant, a closing time).
SELECT '{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]], "wed": [["09:00", "17:00"]], "thu": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]]}, "holidays": ["2014-01-20"]}'::business_calendar AS c07a \gset
SELECT '{"tz": "UTC", "hours": {"mon": [["08:00", "17:00"]], "tue": [["08:00", "17:00"]], "wed": [["08:00", "17:00"]], "thu": [["08:00", "17:00"]], "fri": [["08:00", "17:00"]], "sat": [["08:00", "17:00"]]}, "holidays": ["2018-11-09"]}'::business_calendar AS c07b \gset
SELECT h, business_deadline(:'c07a', '2014-01-17 15:00', make_interval(hours => h))
  FROM generate_series(7, 9) h;
SELECT business_deadline(:'c07b', '2018-11-08 08:00', '10 hours') AS ten_hours,
       business_deadline(:'c07b', '2018-11-08 08:00', '9 hours') AS nine_hours;

-- C09: the clock not started at the next opening.  (A) Fri 18:00 to Mon
-- 18:00 is Monday's 8 h.  (B) New York Mon-Fri 09-17, from Saturday
-- 13:30:01: 1 s -> Mon 09:00:01, 1 h -> 10:00, 8 h -> 17:00; Saturday
-- 13:30:01 to Monday 10:00 is 1 h.
SELECT business_time(:'c07a', '2016-06-17 18:00', '2016-06-20 18:00') AS fri_to_mon;
SELECT '{"tz": "America/New_York", "hours": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]], "wed": [["09:00", "17:00"]], "thu": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]]}}'::business_calendar AS ny \gset
SELECT amount, business_deadline(:'ny', '2016-08-06 13:30:01-04', amount) AT TIME ZONE 'America/New_York' AS deadline_local
  FROM unnest('{1 second, 1 hour, 8 hours}'::interval[]) amount;
SELECT business_time(:'ny', '2016-08-06 13:30:01-04', '2016-08-08 10:00-04') AS sat_to_mon;

-- C10: split shifts giving negative pieces.  08-12 and 13-17 on Monday
-- 2020-02-10: 08-09 = 1 h; 11-14 = 2 h; 08-17 = 8 h; 12:15-12:45 = 0;
-- 1 h from 11:30 -> 13:30.
SELECT '{"tz": "UTC", "hours": {"mon": [["08:00", "12:00"], ["13:00", "17:00"]], "tue": [["08:00", "12:00"], ["13:00", "17:00"]], "wed": [["08:00", "12:00"], ["13:00", "17:00"]], "thu": [["08:00", "12:00"], ["13:00", "17:00"]], "fri": [["08:00", "12:00"], ["13:00", "17:00"]]}}'::business_calendar AS split \gset
SELECT business_time(:'split', '2020-02-10 08:00', '2020-02-10 09:00') AS a,
       business_time(:'split', '2020-02-10 11:00', '2020-02-10 14:00') AS b,
       business_time(:'split', '2020-02-10 08:00', '2020-02-10 17:00') AS c,
       business_time(:'split', '2020-02-10 12:15', '2020-02-10 12:45') AS d,
       business_deadline(:'split', '2020-02-10 11:30', '1 hour') AS e;

-- C12: working weekends impossible to express.  China, 2019 Labour Day:
-- holidays 1-4 May, make-up working Sundays 28 April and 5 May.  Saturday
-- 27 April 12:00 to Monday 6 May 12:00 is 8+8+8+8+3 = 35 h; without the
-- make-up days it would be 19 h, without the holidays 43 h.
SELECT '{"tz": "Asia/Shanghai", "hours": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]], "wed": [["09:00", "17:00"]], "thu": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]]}, "holidays": ["2019-05-01", "2019-05-02", "2019-05-03", "2019-05-04"], "shifts": {"2019-04-28": [["09:00", "17:00"]], "2019-05-05": [["09:00", "17:00"]]}}'::business_calendar AS cn2019 \gset
SELECT business_time(:'cn2019', '2019-04-27 12:00+08', '2019-05-06 12:00+08') AS labour_day;
-- deadlines step onto the make-up Sunday: 8 h from Saturday -> Sunday 17:00
SELECT business_deadline(:'cn2019', '2019-04-27 12:00+08', '8 hours') AT TIME ZONE 'Asia/Shanghai' AS sunday_close;

-- C14: walking wall-clock faces instead of instants.  (A) Chicago, Sunday
-- 00-06 on 2026-11-01 (fall back) is 7 h.  (B) Amsterdam, every day
-- 00-10: 1 h from 2022-10-30 00:00Z (02:00 CEST) ends 01:00Z (the second
-- 02:00); that day's window is 11 h.  (C) New York, Sunday 02-17: the next
-- opening after 01:59:30 EDT is 02:00 EST = 07:00Z; 05:59:30Z to 07:00Z is
-- outside the window.
SELECT business_time('{"tz": "America/Chicago", "hours": {"sun": [["00:00", "06:00"]]}}',
                     '2026-10-31 00:00-05', '2026-11-02 00:00-06') AS chicago_fall_back;
SELECT '{"tz": "Europe/Amsterdam", "hours": {"mon": [["00:00", "10:00"]], "tue": [["00:00", "10:00"]], "wed": [["00:00", "10:00"]], "thu": [["00:00", "10:00"]], "fri": [["00:00", "10:00"]], "sat": [["00:00", "10:00"]], "sun": [["00:00", "10:00"]]}}'::business_calendar AS ams \gset
SELECT business_deadline(:'ams', '2022-10-30 00:00+00', '1 hour') AS one_hour,
       business_time(:'ams', '2022-10-29 22:00+00', '2022-10-30 22:00+00') AS whole_window;
SELECT '{"tz": "America/New_York", "hours": {"sun": [["02:00", "17:00"]]}}'::business_calendar AS ny_sun \gset
SELECT next_business_time(:'ny_sun', '2015-11-01 01:59:30-04') AS next_opening,
       business_time(:'ny_sun', '2015-11-01 05:59:30+00', '2015-11-01 07:00+00') AS before_opening;

-- C16: a 23:59 day end losing a minute a night; 24/7 not equal to
-- elapsed time.  (A) every day 00-24: Mon 22:00 to Tue 02:00 is 240 min,
-- and 240 min from 22:00 ends 02:00.  (B) Mon-Fri 00-24: Fri 20:00 to Sat
-- 10:00 is 4 h.  (C) Los Angeles 24/7 across the spring-forward weekend:
-- 2820 min, the elapsed time.
SELECT '{"tz": "UTC", "hours": {"mon": [["00:00", "24:00"]], "tue": [["00:00", "24:00"]], "wed": [["00:00", "24:00"]], "thu": [["00:00", "24:00"]], "fri": [["00:00", "24:00"]], "sat": [["00:00", "24:00"]], "sun": [["00:00", "24:00"]]}}'::business_calendar AS always \gset
SELECT extract(epoch FROM business_time(:'always', '2020-09-07 22:00', '2020-09-08 02:00')) / 60 AS minutes,
       business_deadline(:'always', '2020-09-07 22:00', '240 minutes') AS deadline;
SELECT business_time('{"tz": "UTC", "hours": {"mon": [["00:00", "24:00"]], "tue": [["00:00", "24:00"]], "wed": [["00:00", "24:00"]], "thu": [["00:00", "24:00"]], "fri": [["00:00", "24:00"]]}}',
                     '2022-12-02 20:00', '2022-12-03 10:00') AS fri_night;
SELECT extract(epoch FROM business_time(replace(:'always', 'UTC', 'America/Los_Angeles')::business_calendar,
                                        '2025-03-08 12:00 PST', '2025-03-10 12:00 PDT')) / 60 AS la_minutes,
       extract(epoch FROM '2025-03-10 12:00 PDT'::timestamptz - '2025-03-08 12:00 PST'::timestamptz) / 60 AS elapsed_minutes;

-- C18: paused time taken as wall-clock time instead of its overlap with
-- working hours.  Mon-Fri 09-17; created Mon 2024-06-03 09:00, on hold Mon
-- 15:00 to Tue 10:00, resolved Tue 14:00: paused working time 3 h, net
-- 13 - 3 = 10 h; with an 8 h target the due time is Tue 12:00 (6 h before
-- the hold, then 2 h from Tue 10:00).
SELECT business_time(:'c07a', '2024-06-03 15:00', '2024-06-04 10:00') AS paused_working,
       business_time(:'c07a', '2024-06-03 09:00', '2024-06-04 14:00',
                     '{[2024-06-03 15:00, 2024-06-04 10:00)}') AS net,
       business_deadline(:'c07a', '2024-06-04 10:00',
                         '8 hours'::interval - business_time(:'c07a', '2024-06-03 09:00', '2024-06-03 15:00')) AS due;
-- two consecutive pause states that touch or overlap count once
SELECT business_time(:'c07a', '2024-06-03 09:00', '2024-06-04 14:00',
                     tstzmultirange(tstzrange('2024-06-03 15:00', '2024-06-03 16:00'),
                                    tstzrange('2024-06-03 15:30', '2024-06-04 10:00'))) AS net_overlapping_pauses;

-- C20: sign errors for reversed arguments.  Mon 12:00-14:00 is 2 h, the
-- reverse -2 h, an empty span 0; antisymmetry and additivity hold.
SELECT business_time(:'c07a', '2014-07-21 12:00', '2014-07-21 14:00') AS forward,
       business_time(:'c07a', '2014-07-21 14:00', '2014-07-21 12:00') AS backward,
       business_time(:'c07a', '2014-07-21 12:00', '2014-07-21 12:00') AS empty;
SELECT business_time(:'c07a', '2014-07-18 16:00', '2014-07-21 10:00')
       + business_time(:'c07a', '2014-07-21 10:00', '2014-07-22 11:00')
       = business_time(:'c07a', '2014-07-18 16:00', '2014-07-22 11:00') AS additive;
