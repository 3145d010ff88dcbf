-- Faults found by the fuzz targets in fuzz/, kept as regression tests.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';

-- A window ending at a local time that does not exist ends at the change:
-- New York, Saturday 22:00-02:30 and Sunday 03:00-06:00 on the night of
-- 9 March 2025, when 02:00 EST becomes 03:00 EDT (07:00Z).  Saturday's
-- window runs from 03:00Z to the change at 07:00Z, Sunday's from 07:00Z
-- to 10:00Z: 7 hours, no more than the 7 hours that elapse from Saturday
-- 22:00 to Sunday 06:00 (plain SQL).  Read one hour later, Saturday's end
-- overlapped Sunday's window and the night counted 7.5 hours.
SELECT '{"tz": "America/New_York", "hours": {"sat": [["22:00", "02:30"]], "sun": [["03:00", "06:00"]]}}'::business_calendar AS ny_gap_end \gset
SELECT business_time(:'ny_gap_end', '2025-03-08 12:00-05', '2025-03-09 12:00-04') AS spring_night,
       ('2025-03-09 06:00'::timestamp AT TIME ZONE 'America/New_York') -
       ('2025-03-08 22:00'::timestamp AT TIME ZONE 'America/New_York') AS elapsed;
-- the half hour after the change is worked once, not twice
SELECT business_time(:'ny_gap_end', '2025-03-09 07:00Z', '2025-03-09 07:30Z') AS after_change;
-- 6 working hours from Saturday 22:00 EST (03:00Z) end at 09:00Z, 05:00 EDT
SELECT business_deadline(:'ny_gap_end', '2025-03-08 22:00-05', '6 hours') AS six_hours;
-- a night without a change: 4.5 + 3 hours
SELECT business_time(:'ny_gap_end', '2025-06-07 12:00-04', '2025-06-08 12:00-04') AS summer_night;

-- A window that collapses because it lies in the gap does not hide the
-- next one: New York, Sunday 02:30-02:50 and 03:00-05:00 on 9 March 2025.
-- The first window's start reads as 03:30 EDT, later than the second's
-- start at 03:00 EDT (07:00Z), but the first does not exist and is
-- dropped: 07:00Z to 07:20Z is 20 working minutes, the day 2 hours.
SELECT '{"tz": "America/New_York", "hours": {"sun": [["02:30", "02:50"], ["03:00", "05:00"]]}}'::business_calendar AS ny_gap_window \gset
SELECT business_time(:'ny_gap_window', '2025-03-09 07:00Z', '2025-03-09 07:20Z') AS first_minutes,
       business_time(:'ny_gap_window', '2025-03-09 00:00-05', '2025-03-10 00:00-04') AS whole_day;
SELECT business_deadline(:'ny_gap_window', '2025-03-09 07:00Z', '10 minutes') AS ten_minutes;
