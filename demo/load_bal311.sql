-- Baltimore 311: created, due and closed times (local Baltimore time,
-- 12-hour clock), the channel in MethodReceived and the request type.
CREATE TABLE scorecard_load.bal311 (
	sr_record_id text, service_request_num text, sr_type text,
	method_received text, created_date text, sr_status text,
	status_date text, due_date text, close_date text, agency text,
	last_activity text, last_activity_date text, outcome text,
	address text, zip_code text, neighborhood text, council_district text,
	police_district text, police_post text, latitude text, longitude text,
	geo_location text, census_wards_precincts text,
	census_neighborhoods text, zip_codes text, days_open text
);
\set file :datadir '/baltimore_311_sample_2014_2019.csv'
\set copy '\\copy scorecard_load.bal311 FROM ' :'file' ' WITH (FORMAT csv, HEADER)'
:copy

INSERT INTO scorecard.site (site_code, name, hours)
VALUES ('BAL', 'Baltimore 311', scorecard_load.always_open('America/New_York'));

INSERT INTO scorecard_load.channel_name VALUES
	('bal311', 'Phone', 'PHONE'), ('bal311', 'API', 'APP'),
	('bal311', 'Internal', 'INTERNAL'), ('bal311', 'Mail', 'MAIL'),
	('bal311', 'System', 'INTERNAL'), ('bal311', 'Other', 'OTHER'),
	('bal311', 'Email', 'EMAIL'), ('bal311', 'Web', 'WEB');

-- ServiceRequestNum is the stable key: SRRecordID changed form when the
-- city moved to a new CRM system.
INSERT INTO scorecard_load.request_row
	(source, source_key, site_code, channel_raw, category_name,
	 opened_raw, opened_at, resolved_raw, resolved_at, closed_raw, closed_at,
	 due_raw, due_at)
SELECT 'bal311', service_request_num, 'BAL', method_received, sr_type,
	   created_date, opened, close_date, closed, close_date, closed,
	   due_date, due
  FROM scorecard_load.bal311,
	   LATERAL (SELECT
		scorecard_load.us_time(created_date, 'America/New_York') AS opened,
		scorecard_load.us_time(close_date, 'America/New_York') AS closed,
		scorecard_load.us_time(due_date, 'America/New_York') AS due) t;
