-- Reference cases from peers' test suites (business_time_cases.json in the
-- project's shared reference folder): zendesk/biz (biz-*),
-- bokmann/business_time (bt-*), seatgeek/businesstime (sg-*), pandas
-- BusinessHour (pd-*), gocardless/business (gc-*).  Each row carries the
-- published value and the value svcindex documents; they differ only where
-- a peer follows another convention, and the row says which and why.
-- The biz day steps (biz-d*) go through add_business_days and the
-- gocardless business-day counts through business_days as well.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';

-- The calendars, as published (their "desc" notes left out).
CREATE TABLE bt_ref_calendar (name text PRIMARY KEY, cal business_calendar);
INSERT INTO bt_ref_calendar VALUES
('biz_default',
 '{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]], "tue": [["10:00", "16:00"]], "wed": [["09:00", "17:00"]], "thu": [["10:00", "16:00"]], "fri": [["09:00", "17:00"]], "sat": [["11:00", "14:30"]]}, "holidays": [], "breaks": {}, "shifts": {}}'),
('biz_schedule_spec',
 '{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]], "tue": [["10:00", "16:00"]], "wed": [["09:00", "17:00"]], "thu": [["10:00", "16:00"]], "fri": [["09:00", "17:00"]], "sat": [["11:00", "14:30"]]}, "holidays": ["2006-01-01", "2006-12-25"], "breaks": {"2006-01-02": [["10:00", "11:30"]], "2006-01-03": [["14:15", "14:30"], ["15:40", "15:50"]]}, "shifts": {}}'),
('biz_sun_abidjan',
 '{"tz": "Africa/Abidjan", "hours": {"sun": [["11:00", "12:00"]]}, "holidays": ["2015-12-25"], "breaks": {"2015-06-01": [["10:00", "12:00"]]}, "shifts": {}}'),
('biz_periods_after',
 '{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]], "tue": [["10:00", "16:00"]], "wed": [["09:00", "17:00"]], "thu": [["10:00", "16:00"]], "fri": [["09:00", "17:00"]], "sat": [["11:00", "14:30"]]}, "holidays": ["2006-01-16", "2006-01-18"], "breaks": {}, "shifts": {"2005-12-31": [["10:00", "14:00"]], "2006-01-04": [["08:00", "12:00"]], "2006-01-06": [["09:00", "10:00"]]}}'),
('biz_readme_la',
 '{"tz": "America/Los_Angeles", "hours": {"mon": [["09:00", "17:00"]], "tue": [["00:00", "24:00"]], "wed": [["09:00", "17:00"]], "thu": [["09:00", "12:00"], ["13:00", "17:00"]], "sat": [["10:00", "14:00"]]}, "holidays": [], "breaks": {}, "shifts": {}}'),
('bt_default',
 '{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]], "wed": [["09:00", "17:00"]], "thu": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]]}, "holidays": [], "breaks": {}, "shifts": {}}'),
('bt_mon_fri_sat',
 '{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]], "sat": [["10:00", "15:00"]]}, "holidays": [], "breaks": {}, "shifts": {}}'),
('bt_24h_days',
 '{"tz": "UTC", "hours": {"mon": [["00:00", "00:00"]], "fri": [["00:00", "00:00"]], "sat": [["11:00", "15:00"]]}, "holidays": [], "breaks": {}, "shifts": {}}'),
('bt_all_24h',
 '{"tz": "UTC", "hours": {"mon": [["00:00", "00:00"]], "fri": [["00:00", "00:00"]], "sat": [["00:00", "00:00"]], "sun": [["00:00", "00:00"]]}, "holidays": [], "breaks": {}, "shifts": {}}'),
('bt_fri_only',
 '{"tz": "UTC", "hours": {"fri": [["09:00", "17:00"]]}, "holidays": [], "breaks": {}, "shifts": {}}'),
('bt_mon_wed_9_18_utc',
 '{"tz": "UTC", "hours": {"mon": [["09:00", "18:00"]], "tue": [["09:00", "18:00"]], "wed": [["09:00", "18:00"]]}, "holidays": [], "breaks": {}, "shifts": {}}'),
('bt_mon_tue_8_20',
 '{"tz": "UTC", "hours": {"mon": [["08:00", "20:00"]], "tue": [["08:00", "20:00"]]}, "holidays": [], "breaks": {}, "shifts": {}}'),
('bt_eastern',
 '{"tz": "America/New_York", "hours": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]], "wed": [["09:00", "17:00"]], "thu": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]]}, "holidays": [], "breaks": {}, "shifts": {}}'),
('sg_us_federal',
 '{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]], "wed": [["09:00", "17:00"]], "thu": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]]}, "holidays": ["2014-01-01", "2014-01-20", "2015-02-16"], "breaks": {}, "shifts": {}}'),
('pd_bh',
 '{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]], "wed": [["09:00", "17:00"]], "thu": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]]}, "holidays": [], "breaks": {}, "shifts": {}}'),
('pd_bh_split',
 '{"tz": "UTC", "hours": {"mon": [["09:00", "12:00"], ["14:00", "18:00"]], "tue": [["09:00", "12:00"], ["14:00", "18:00"]], "wed": [["09:00", "12:00"], ["14:00", "18:00"]], "thu": [["09:00", "12:00"], ["14:00", "18:00"]], "fri": [["09:00", "12:00"], ["14:00", "18:00"]]}, "holidays": [], "breaks": {}, "shifts": {}}'),
('pd_bh_night',
 '{"tz": "UTC", "hours": {"mon": [["19:00", "05:00"]], "tue": [["19:00", "05:00"]], "wed": [["19:00", "05:00"]], "thu": [["19:00", "05:00"]], "fri": [["19:00", "05:00"]]}, "holidays": [], "breaks": {}, "shifts": {}}'),
('pd_bh_13_16',
 '{"tz": "UTC", "hours": {"mon": [["13:00", "16:00"]], "tue": [["13:00", "16:00"]], "wed": [["13:00", "16:00"]], "thu": [["13:00", "16:00"]], "fri": [["13:00", "16:00"]]}, "holidays": [], "breaks": {}, "shifts": {}}'),
('pd_cbh_hol',
 '{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]], "wed": [["09:00", "17:00"]], "thu": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]]}, "holidays": ["2014-06-27", "2014-06-30", "2014-07-02"], "breaks": {}, "shifts": {}}'),
('pd_cbh_usfed',
 '{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]], "wed": [["09:00", "17:00"]], "thu": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]]}, "holidays": ["2014-01-20"], "breaks": {}, "shifts": {}}'),
('biz_after_biz-15',
 '{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]], "tue": [["10:00", "16:00"]], "wed": [["09:00", "17:00"]], "thu": [["10:00", "16:00"]], "fri": [["09:00", "17:00"]], "sat": [["11:00", "14:30"]]}, "holidays": ["2006-01-16", "2006-01-18"], "breaks": {"2006-01-02": [["08:00", "10:00"]]}, "shifts": {"2005-12-31": [["10:00", "14:00"]], "2006-01-04": [["08:00", "12:00"]], "2006-01-06": [["09:00", "10:00"]]}}'),
('biz_after_biz-16',
 '{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]], "tue": [["10:00", "16:00"]], "wed": [["09:00", "17:00"]], "thu": [["10:00", "16:00"]], "fri": [["09:00", "17:00"]], "sat": [["11:00", "14:30"]]}, "holidays": ["2006-01-16", "2006-01-18"], "breaks": {"2006-01-02": [["16:00", "18:00"]]}, "shifts": {"2005-12-31": [["10:00", "14:00"]], "2006-01-04": [["08:00", "12:00"]], "2006-01-06": [["09:00", "10:00"]]}}'),
('biz_after_biz-17',
 '{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]], "tue": [["10:00", "16:00"]], "wed": [["09:00", "17:00"]], "thu": [["10:00", "16:00"]], "fri": [["09:00", "17:00"]], "sat": [["11:00", "14:30"]]}, "holidays": ["2006-01-16", "2006-01-18"], "breaks": {"2006-01-02": [["08:00", "18:00"]]}, "shifts": {"2005-12-31": [["10:00", "14:00"]], "2006-01-04": [["08:00", "12:00"]], "2006-01-06": [["09:00", "10:00"]]}}'),
('biz_after_biz-18',
 '{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]], "tue": [["10:00", "16:00"]], "wed": [["09:00", "17:00"]], "thu": [["10:00", "16:00"]], "fri": [["09:00", "17:00"]], "sat": [["11:00", "14:30"]]}, "holidays": ["2006-01-16", "2006-01-18"], "breaks": {"2006-01-02": [["13:30", "15:30"]]}, "shifts": {"2005-12-31": [["10:00", "14:00"]], "2006-01-04": [["08:00", "12:00"]], "2006-01-06": [["09:00", "10:00"]]}}'),
('biz_after_biz-19',
 '{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]], "tue": [["10:00", "16:00"]], "wed": [["09:00", "17:00"]], "thu": [["10:00", "16:00"]], "fri": [["09:00", "17:00"]], "sat": [["11:00", "14:30"]]}, "holidays": ["2006-01-16", "2006-01-18"], "breaks": {"2006-01-02": [["10:00", "11:30"], ["13:00", "14:00"]]}, "shifts": {"2005-12-31": [["10:00", "14:00"]], "2006-01-04": [["08:00", "12:00"]], "2006-01-06": [["09:00", "10:00"]]}}'),
('biz_after_biz-20',
 '{"tz": "UTC", "hours": {"mon": [["17:00", "19:00"], ["20:00", "22:00"]]}, "holidays": ["2006-01-16", "2006-01-18"], "breaks": {"2006-01-02": [["18:00", "21:00"]]}, "shifts": {"2005-12-31": [["10:00", "14:00"]], "2006-01-04": [["08:00", "12:00"]], "2006-01-06": [["09:00", "10:00"]]}}'),
('biz_after_multi',
 '{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]], "tue": [["10:00", "16:00"]], "wed": [["09:00", "17:00"]], "thu": [["10:00", "16:00"]], "fri": [["09:00", "17:00"]], "sat": [["11:00", "14:30"]]}, "holidays": ["2006-01-16", "2006-01-18"], "shifts": {"2005-12-31": [["10:00", "14:00"]], "2006-01-04": [["08:00", "12:00"]], "2006-01-06": [["09:00", "10:00"]]}, "breaks": {"2006-01-02": [["08:00", "10:15"], ["11:30", "12:30"]], "2006-01-03": [["12:00", "13:00"], ["14:25", "14:40"]]}}'),
('biz_la_sat',
 '{"tz": "America/Los_Angeles", "hours": {"sat": [["06:00", "18:00"]]}, "holidays": [], "breaks": {}, "shifts": {}}'),
('biz_la_dst_gap',
 '{"tz": "America/Los_Angeles", "hours": {"sun": [["02:30", "03:15"]], "mon": [["09:00", "17:00"]]}, "holidays": [], "breaks": {}, "shifts": {}}'),
('bt_hol_0705',
 '{"tz": "UTC", "hours": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]], "wed": [["09:00", "17:00"]], "thu": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]]}, "holidays": ["2010-07-05"], "breaks": {}, "shifts": {}}');

-- Working time between two instants: start and finish are local times in
-- the calendar's zone unless given in UTC.
CREATE TABLE bt_ref_elapsed (
    id text, calendar text,
    start_local timestamp, start_utc timestamptz,
    finish_local timestamp, finish_utc timestamptz,
    published float8, expected float8, peers_differ text);
INSERT INTO bt_ref_elapsed VALUES
('biz-01', 'biz_default', '2006-01-01 00:00:00', NULL, '2006-01-08 00:00:00', NULL, 142200.0, 142200.0, NULL),
('biz-02', 'biz_default', '2006-01-08 00:00:00', NULL, '2006-01-01 00:00:00', NULL, 0, -142200, 'biz returns 0 when finish is before start; svcindex returns the negated duration of biz-01, as seatgeek does (sg-19)'),
('biz-15', 'biz_after_biz-15', '2006-01-02 00:00:00', NULL, '2006-01-03 00:00:00', NULL, 25200, 25200, NULL),
('biz-16', 'biz_after_biz-16', '2006-01-02 00:00:00', NULL, '2006-01-03 00:00:00', NULL, 25200, 25200, NULL),
('biz-18', 'biz_after_biz-18', '2006-01-02 00:00:00', NULL, '2006-01-03 00:00:00', NULL, 21600, 21600, NULL),
('biz-19', 'biz_after_biz-19', '2006-01-02 00:00:00', NULL, '2006-01-03 00:00:00', NULL, 19800.0, 19800.0, NULL),
('biz-21', 'biz_after_multi', '2006-01-02 00:00:00', NULL, '2006-01-04 00:00:00', NULL, 37800.0, 37800.0, NULL),
('biz-22', 'biz_periods_after', '2006-01-01 00:00:00', NULL, '2006-01-08 00:00:00', NULL, 102600.0, 102600.0, NULL),
('biz-24', 'biz_la_sat', '2006-01-07 17:00:00', NULL, '2006-01-08 00:00:00', NULL, 3600, 3600, NULL),
('biz-27', 'biz_readme_la', NULL, '2015-01-10T10:00:00Z', NULL, '2015-01-17T10:00:00Z', 183600, 183600, NULL),
('bt-20', 'bt_mon_fri_sat', '2010-12-24 15:00:00', NULL, '2010-12-27 11:00:00', NULL, 32400, 32400, NULL),
('bt-21', 'bt_mon_wed_9_18_utc', NULL, '2012-05-28T08:04:26Z', NULL, '2012-05-29T14:56:45Z', 53805, 53805, NULL),
('bt-23', 'bt_all_24h', '2010-12-24 15:00:00', NULL, '2010-12-27 11:00:00', NULL, 244800, 244800, NULL),
('bt-24', 'bt_mon_tue_8_20', '2014-05-12 20:50:00', NULL, '2014-05-13 08:10:00', NULL, 600, 600, NULL),
('sg-01', 'sg_us_federal', '2014-01-16 18:30:00', NULL, '2014-01-22 10:00:00', NULL, 61200, 61200, NULL),
('sg-02', 'sg_us_federal', '2015-02-23 17:00:00', NULL, '2015-02-24 14:20:00', NULL, 19200, 19200, NULL),
('sg-04', 'sg_us_federal', '2014-01-12 12:00:00', NULL, '2014-01-17 19:30:00', NULL, 144000, 144000, NULL),
('sg-05', 'sg_us_federal', '2014-01-13 04:00:00', NULL, '2014-01-17 19:30:00', NULL, 144000, 144000, NULL),
('sg-07', 'sg_us_federal', '2014-08-04 11:00:00', NULL, '2014-08-06 05:00:00', NULL, 50400, 50400, NULL),
('sg-08', 'sg_us_federal', '2014-08-04 01:00:00', NULL, '2014-08-04 05:00:00', NULL, 0, 0, NULL),
('sg-10', 'sg_us_federal', '2014-01-10 16:15:00', NULL, '2014-01-12 12:30:00', NULL, 2700, 2700, NULL),
('sg-11', 'sg_us_federal', '2014-01-09 16:15:00', NULL, '2014-01-12 12:30:00', NULL, 31500, 31500, NULL),
('sg-13', 'sg_us_federal', '2014-01-02 09:12:00', NULL, '2014-01-03 09:10:00', NULL, 28680, 28680, NULL),
('sg-14', 'sg_us_federal', '2014-01-02 09:10:00', NULL, '2014-01-03 09:12:00', NULL, 28920, 28920, NULL),
('sg-16', 'sg_us_federal', '2014-01-04 09:10:00', NULL, '2014-01-04 09:12:00', NULL, 0, 0, NULL),
('sg-17', 'sg_us_federal', '2014-01-07 10:00:00', NULL, '2014-01-08 10:00:00', NULL, 28800, 28800, NULL),
('sg-19', 'sg_us_federal', '2014-01-03 09:10:00', NULL, '2014-01-02 09:12:00', NULL, -28680, -28680, NULL),
('sg-20', 'sg_us_federal', '2014-01-16 09:00:00', NULL, '2014-01-17 09:00:00', NULL, 28800, 28800, NULL),
('sg-22', 'sg_us_federal', '2014-08-09 09:00:00', NULL, '2014-08-11 17:00:00', NULL, 28800, 28800, NULL),
('sg-23', 'sg_us_federal', '2014-08-09 09:00:00', NULL, '2014-08-11 23:00:00', NULL, 28800, 28800, NULL),
('sg-25', 'sg_us_federal', '2014-01-17 09:00:00', NULL, '2014-01-16 09:00:00', NULL, -28800, -28800, NULL);

SELECT e.id, e.published, e.expected,
       extract(epoch FROM business_time(c.cal, s.start, s.finish)) = e.expected AS ok,
       e.peers_differ
  FROM bt_ref_elapsed e
  JOIN bt_ref_calendar c ON c.name = e.calendar
 CROSS JOIN LATERAL (
       SELECT coalesce(e.start_utc, e.start_local AT TIME ZONE (c.cal::text::jsonb ->> 'tz')) AS start,
              coalesce(e.finish_utc, e.finish_local AT TIME ZONE (c.cal::text::jsonb ->> 'tz')) AS finish) s
 ORDER BY e.id;

-- Deadlines: start plus (add) or minus (sub) so many working seconds.
-- Where a peer rolls a deadline that lands on a closing time to the next
-- opening (or moves a zero step to the next working moment),
-- next_business_time of the svcindex deadline gives the peer's value
-- (peer_by_next).
CREATE TABLE bt_ref_deadline (
    id text, calendar text,
    start_local timestamp, start_utc timestamptz, seconds float8,
    published_local timestamp, published_utc timestamptz,
    expected_local timestamp, peer_rolls bool, peers_differ text);
INSERT INTO bt_ref_deadline VALUES
('biz-04', 'biz_default', '2006-01-04 16:01:30', NULL, -90, '2006-01-04 16:00:00', NULL, NULL, false, NULL),
('biz-05', 'biz_default', '2006-01-04 14:30:00', NULL, 5400, '2006-01-04 16:00:00', NULL, NULL, false, NULL),
('biz-07', 'biz_default', '2006-01-04 13:00:00', NULL, 10800, '2006-01-04 16:00:00', NULL, NULL, false, NULL),
('biz-08', 'biz_default', '2006-01-04 17:00:00', NULL, -10800, '2006-01-04 14:00:00', NULL, NULL, false, NULL),
('biz-10', 'biz_default', '2006-01-03 00:00:00', NULL, 0, '2006-01-02 17:00:00', NULL, '2006-01-03 00:00', false, 'biz moves a zero step back to the previous closing (2006-01-02 17:00); svcindex returns start for a zero amount'),
('biz-12', 'biz_schedule_spec', '2006-01-02 09:00:00', NULL, 1800, '2006-01-02 09:30:00', NULL, NULL, false, NULL),
('biz-13', 'biz_sun_abidjan', '2006-01-01 00:00:00', NULL, 7200, '2006-01-15 11:00:00', NULL, '2006-01-08 12:00', true, 'the second hour ends at the 12:00 closing of 2006-01-08; biz rolls it to the next opening'),
('biz-25', 'biz_la_dst_gap', '2006-04-02 00:00:00', NULL, 0, '2006-04-03 09:00:00', NULL, '2006-04-02 00:00', false, 'biz moves a zero step to the next working moment, dropping Sunday 02:30-03:15 (02:30 read as 03:30 PDT); svcindex returns start and works 03:00-03:15 PDT'),
('biz-28', 'biz_readme_la', NULL, '2015-05-05T12:34:57Z', -215880, NULL, '2015-04-27T20:36:57Z', NULL, false, NULL),
('bt-02', 'bt_default', '2010-08-04 09:35:00', NULL, -28800, '2010-08-03 09:35:00', NULL, NULL, false, NULL),
('bt-03', 'bt_default', '2010-04-09 16:50:00', NULL, 3600, '2010-04-12 09:50:00', NULL, NULL, false, NULL),
('bt-05', 'bt_default', '2016-01-30 12:33:00', NULL, 0, '2016-01-29 17:00:00', NULL, '2016-01-30 12:33', false, 'business_time moves a zero step back to the previous closing (2016-01-29 17:00); svcindex returns start for a zero amount'),
('bt-06', 'bt_default', '2010-04-12 09:50:00', NULL, -3600, '2010-04-09 16:50:00', NULL, NULL, false, NULL),
('bt-09', 'bt_mon_fri_sat', '2010-12-24 15:00:00', NULL, 32400, '2010-12-27 11:00:00', NULL, NULL, false, NULL),
('bt-10', 'bt_mon_fri_sat', '2010-12-27 11:00:00', NULL, -32400, '2010-12-24 15:00:00', NULL, NULL, false, NULL),
('bt-12', 'bt_mon_fri_sat', '2010-12-27 11:00:00', NULL, -54000, '2010-12-24 09:00:00', NULL, NULL, false, NULL),
('bt-13', 'bt_24h_days', '2010-12-24 15:00:00', NULL, 86400, '2010-12-27 11:00:00', NULL, NULL, false, NULL),
('bt-15', 'bt_fri_only', '2010-12-24 08:00:00', NULL, 28800, '2010-12-24 17:00:00', NULL, NULL, false, NULL),
('bt-16', 'bt_fri_only', '2010-12-24 17:00:00', NULL, -28800, '2010-12-24 09:00:00', NULL, NULL, false, NULL),
('bt-18', 'bt_24h_days', '2010-12-27 11:00:00', NULL, -54000, '2010-12-25 11:00:00', NULL, NULL, false, NULL),
('bt-07', 'bt_hol_0705', '2010-07-02 16:50:00', NULL, 3600, '2010-07-06 09:50:00', NULL, NULL, false, NULL),
('pd-01', 'pd_bh', '2014-07-01 11:00:00', NULL, 3600, '2014-07-01 12:00:00', NULL, NULL, false, NULL),
('pd-03', 'pd_bh', '2014-07-01 16:30:15', NULL, 3600, '2014-07-02 09:30:15', NULL, NULL, false, NULL),
('pd-04', 'pd_bh', '2014-07-01 17:00:00', NULL, 3600, '2014-07-02 10:00:00', NULL, NULL, false, NULL),
('pd-06', 'pd_bh', '2014-07-05 15:00:00', NULL, 3600, '2014-07-07 10:00:00', NULL, NULL, false, NULL),
('pd-07', 'pd_bh', '2014-07-04 16:30:00', NULL, 3600, '2014-07-07 09:30:00', NULL, NULL, false, NULL),
('pd-09', 'pd_bh', '2014-07-01 17:00:00', NULL, 14400, '2014-07-02 13:00:00', NULL, NULL, false, NULL),
('pd-10', 'pd_bh', '2014-07-04 16:30:30', NULL, 14400, '2014-07-07 12:30:30', NULL, NULL, false, NULL),
('pd-12', 'pd_bh', '2014-07-01 09:30:15', NULL, -3600, '2014-06-30 16:30:15', NULL, NULL, false, NULL),
('pd-13', 'pd_bh', '2014-07-01 17:00:00', NULL, -3600, '2014-07-01 16:00:00', NULL, NULL, false, NULL),
('pd-15', 'pd_bh', '2014-07-01 11:00:00', NULL, -14400, '2014-06-30 15:00:00', NULL, NULL, false, NULL),
('pd-16', 'pd_bh_13_16', '2014-07-02 14:30:00', NULL, 7200, '2014-07-03 13:30:00', NULL, NULL, false, NULL),
('pd-18', 'pd_bh_split', '2014-07-01 13:00:00', NULL, 3600, '2014-07-01 15:00:00', NULL, NULL, false, NULL),
('pd-19', 'pd_bh_split', '2014-07-01 17:00:00', NULL, 3600, '2014-07-02 09:00:00', NULL, '2014-07-01 18:00', true, 'lands on the 18:00 closing; pandas rolls it to the next opening'),
('pd-21', 'pd_bh_night', '2014-07-01 17:00:00', NULL, 3600, '2014-07-01 20:00:00', NULL, NULL, false, NULL),
('pd-22', 'pd_bh_night', '2014-07-04 23:00:00', NULL, 3600, '2014-07-05 00:00:00', NULL, NULL, false, NULL),
('pd-24', 'pd_cbh_hol', '2014-07-01 16:00:00', NULL, 3600, '2014-07-03 09:00:00', NULL, '2014-07-01 17:00', true, 'lands on the 17:00 closing; pandas rolls it to the next opening'),
('pd-25', 'pd_cbh_hol', '2014-07-01 15:00:00', NULL, 14400, '2014-07-03 11:00:00', NULL, NULL, false, NULL),
('pd-27', 'pd_cbh_usfed', '2014-01-17 15:00:00', NULL, 28800, '2014-01-21 15:00:00', NULL, NULL, false, NULL);

SELECT r.id, r.seconds, r.got AT TIME ZONE r.tz AS deadline_local,
       r.got = coalesce(r.expected, r.published) AS ok,
       CASE WHEN r.peer_rolls
            THEN next_business_time(r.cal, r.got) = r.published END AS peer_by_next,
       r.peers_differ
  FROM (SELECT d.id, d.seconds, d.peer_rolls, d.peers_differ, c.cal, z.tz,
               business_deadline(c.cal,
                   coalesce(d.start_utc, d.start_local AT TIME ZONE z.tz),
                   make_interval(secs => d.seconds)) AS got,
               coalesce(d.published_utc, d.published_local AT TIME ZONE z.tz) AS published,
               d.expected_local AT TIME ZONE z.tz AS expected
          FROM bt_ref_deadline d
          JOIN bt_ref_calendar c ON c.name = d.calendar
         CROSS JOIN LATERAL (SELECT c.cal::text::jsonb ->> 'tz' AS tz) z) r
 ORDER BY r.id;

-- Day steps (zendesk/biz "days(n).after" and "days(n).before", op
-- add_days_biz and sub_days_biz): n dates with working hours from start's
-- local date, at start's wall-clock time, then the next working moment
-- (after) or the end of the previous working window (before).  svcindex
-- follows the same semantics, with a negative count for before.
CREATE TABLE bt_ref_day_step (
    id text, calendar text, op text, start_local timestamp, days int,
    published_local timestamp);
INSERT INTO bt_ref_day_step VALUES
('biz-d1', 'biz_default', 'add_days_biz', '2006-01-06 12:00:00', 2, '2006-01-09 12:00:00'),
('biz-d3', 'biz_default', 'add_days_biz', '2006-01-03 18:00:00', 2, '2006-01-06 09:00:00'),
('biz-d4', 'biz_default', 'add_days_biz', '2006-01-06 12:30:52', 2, '2006-01-09 12:30:52'),
('biz-d6', 'biz_default', 'sub_days_biz', '2006-01-05 08:00:00', 2, '2006-01-02 17:00:00'),
('biz-d7', 'biz_default', 'sub_days_biz', '2006-01-05 18:00:00', 2, '2006-01-03 16:00:00');
SELECT r.id, r.op, r.start_local, r.days, r.published_local,
       r.got AT TIME ZONE r.tz AS svcindex_local,
       r.got = r.published_local AT TIME ZONE r.tz AS ok
  FROM (SELECT d.*, z.tz,
               add_business_days(c.cal, d.start_local AT TIME ZONE z.tz,
                                 CASE d.op WHEN 'sub_days_biz' THEN -d.days ELSE d.days END) AS got
          FROM bt_ref_day_step d
          JOIN bt_ref_calendar c ON c.name = d.calendar
         CROSS JOIN LATERAL (SELECT c.cal::text::jsonb ->> 'tz' AS tz) z) r
 ORDER BY r.id;

-- Business days in [date1, date2) (gocardless/business): whole-day working
-- windows, so working time divided by 24 hours counts working dates.  The
-- holiday 2014-06-22 is a Sunday and must not be taken off twice.  For
-- gc-11, gc-14 and gc-19 gocardless publishes one day less: a shortcut in
-- that library skips extra working dates inside whole weeks (an open
-- upstream bug); svcindex gives the plain count, recomputed in SQL here,
-- both from business time in days and from business_days.
SELECT '{"tz": "UTC", "hours": {"mon": [["00:00", "24:00"]], "tue": [["00:00", "24:00"]], "wed": [["00:00", "24:00"]], "thu": [["00:00", "24:00"]], "fri": [["00:00", "24:00"]]}, "holidays": ["2014-05-27", "2014-06-12", "2014-06-18", "2014-06-20", "2014-06-22", "2014-06-27", "2014-07-03"], "shifts": {"2014-06-01": [["00:00", "24:00"]], "2014-06-28": [["00:00", "24:00"]], "2014-07-05": [["00:00", "24:00"]]}}'::business_calendar AS gc_calendar \gset
CREATE TABLE bt_ref_days (id text, date1 date, date2 date, published int, plain_count int);
INSERT INTO bt_ref_days VALUES
('gc-01', '2014-06-02', '2014-06-05', 3, 3),
('gc-02', '2014-06-02', '2014-06-09', 5, 5),
('gc-04', '2014-06-09', '2014-06-13', 3, 3),
('gc-05', '2014-06-02', '2014-06-13', 8, 8),
('gc-07', '2014-06-02', '2014-06-08', 5, 5),
('gc-08', '2014-06-02', '2014-06-14', 9, 9),
('gc-10', '2014-07-04', '2014-07-05', 1, 1),
('gc-11', '2014-06-25', '2014-07-08', 8, 9),
('gc-13', '2014-05-31', '2014-06-03', 2, 2),
('gc-14', '2014-05-31', '2014-06-14', 9, 10),
('gc-16', '2014-06-12', '2014-06-19', 3, 3),
('gc-17', '2014-06-27', '2014-07-01', 2, 2),
('gc-19', '2014-06-01', '2014-06-10', 6, 7);
SELECT id, published, plain_count,
       extract(epoch FROM business_time(:'gc_calendar', date1, date2))::numeric / 86400 AS days,
       business_days(:'gc_calendar', date1, date2) AS business_days,
       business_days(:'gc_calendar', date1, date2) = plain_count AS ok,
       (SELECT count(*) FROM generate_series(date1, date2 - 1, '1 day') g(day)
         WHERE (extract(isodow FROM day) <= 5
                AND day::date NOT IN ('2014-05-27', '2014-06-12', '2014-06-18', '2014-06-20', '2014-06-22', '2014-06-27', '2014-07-03'))
            OR day::date IN ('2014-06-01', '2014-06-28', '2014-07-05')) AS sql_count
  FROM bt_ref_days ORDER BY id;
