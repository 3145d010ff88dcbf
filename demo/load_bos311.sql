-- Boston 311: open cases only, each with its SLA target time (local Boston
-- time, 24-hour clock) and Boston's own ONTIME / OVERDUE flag.  The first
-- column is a pandas index.
CREATE TABLE scorecard_load.bos311 (
	pandas_index text, case_enquiry_id text, open_dt text,
	sla_target_dt text, closed_dt text, on_time text, case_status text,
	closure_reason text, case_title text, subject text, reason text,
	type text, queue text, department text, submitted_photo text,
	closed_photo text, location text, fire_district text, pwd_district text,
	city_council_district text, police_district text, neighborhood text,
	neighborhood_services_district text, ward text, precinct text,
	location_street_name text, location_zipcode text, latitude text,
	longitude text, geom_4326 text, source text
);
\set file :datadir '/boston311_open_cases_2025.csv'
\set copy '\\copy scorecard_load.bos311 FROM ' :'file' ' WITH (FORMAT csv, HEADER)'
:copy

INSERT INTO scorecard.site (site_code, name, hours)
VALUES ('BOS', 'Boston 311', scorecard_load.always_open('America/New_York'));

INSERT INTO scorecard_load.channel_name VALUES
	('bos311', 'Citizens Connect App', 'APP'),
	('bos311', 'Employee Generated', 'INTERNAL'),
	('bos311', 'Constituent Call', 'PHONE'),
	('bos311', 'City Worker App', 'INTERNAL'),
	('bos311', 'Self Service', 'WEB');

INSERT INTO scorecard_load.request_row
	(source, source_key, site_code, channel_raw, category_name,
	 opened_raw, opened_at, resolved_raw, resolved_at, closed_raw, closed_at,
	 due_raw, due_at, sla_met_reported, problem)
SELECT 'bos311', case_enquiry_id, 'BOS', source, type,
	   open_dt, t.opened_at, closed_dt, t.closed_at, closed_dt, t.closed_at,
	   sla_target_dt, t.due_at,
	   CASE on_time WHEN 'ONTIME' THEN true WHEN 'OVERDUE' THEN false END,
	   CASE WHEN coalesce(on_time, '') NOT IN ('ONTIME', 'OVERDUE')
			THEN 'on-time flag neither ONTIME nor OVERDUE' END
  FROM scorecard_load.bos311,
	   LATERAL (SELECT
		scorecard_load.local_time(open_dt, 'YYYY-MM-DD HH24:MI:SS',
								  'America/New_York') AS opened_at,
		scorecard_load.local_time(closed_dt, 'YYYY-MM-DD HH24:MI:SS',
								  'America/New_York') AS closed_at,
		scorecard_load.local_time(sla_target_dt, 'YYYY-MM-DD HH24:MI:SS',
								  'America/New_York') AS due_at) t;
