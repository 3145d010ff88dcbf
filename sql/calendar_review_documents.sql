-- Large calendar documents: every supported date listed is read whole,
-- with the conflicts between holidays and shifts found wherever they are.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';

-- Every date from 1900 to 2199 a shift of two hours: 109,573 dates, so
-- 219,146 working hours; the text form lists each date once.
CREATE TABLE review_doc_dates AS
SELECT to_char(d, 'YYYY-MM-DD') AS d
  FROM generate_series(date '1900-01-01', date '2199-12-31', interval '1 day') d;
SELECT business_calendar(jsonb_build_object('tz', 'UTC', 'hours', '{"mon": [["09:00", "17:00"]]}'::jsonb,
         'shifts', (SELECT jsonb_object_agg(d, '[["10:00", "11:00"], ["12:00", "13:00"]]'::jsonb) FROM review_doc_dates))) AS every_day \gset
SELECT count(*) AS dates, business_time(:'every_day', '1900-01-01', '2199-12-31 23:00') AS hours,
       count(*) * interval '2 hours' AS expected
  FROM review_doc_dates;
SELECT jsonb_array_length(jsonb_path_query_array((:'every_day'::business_calendar)::text::jsonb, '$.shifts.keyvalue()')) AS shifts_in_text;

-- Every date a holiday: what is left is the night shift of Sunday
-- 31 December 1899 (not a supported date, so not a holiday) running to
-- 06:00 on 1 January 1900, 6 hours.
SELECT business_time(business_calendar(jsonb_build_object('tz', 'UTC',
         'hours', '{"mon": [["09:00", "17:00"]], "sun": [["22:00", "06:00"]]}'::jsonb,
         'holidays', (SELECT jsonb_agg(d) FROM review_doc_dates))), '1900-01-01', '2199-12-31 23:00') AS all_holidays;

-- A holiday and a shift on the last date of the document is refused.
SELECT business_calendar(jsonb_build_object('tz', 'UTC',
         'holidays', (SELECT jsonb_agg(d) FROM review_doc_dates),
         'shifts', '{"2199-12-31": [["09:00", "10:00"]]}'::jsonb));
