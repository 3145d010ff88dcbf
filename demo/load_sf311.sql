-- San Francisco 311: opened and closed times (local San Francisco time,
-- 12-hour clock), no due time.  The first column is R's row name; some
-- fields hold line breaks inside quotes; some cases were closed before
-- they were opened.
CREATE TABLE scorecard_load.sf311 (
	r_row_name text, case_id text, opened text, closed text, updated text,
	status text, status_notes text, responsible_agency text, category text,
	request_type text, request_details text, address text,
	supervisor_district text, neighborhood text, point text, source text,
	media_url text
);
\set file :datadir '/sf311_cases_sample_2008_2016.csv'
\set copy '\\copy scorecard_load.sf311 FROM ' :'file' ' WITH (FORMAT csv, HEADER)'
:copy

INSERT INTO scorecard.site (site_code, name, hours)
VALUES ('SFO', 'San Francisco 311', scorecard_load.always_open('America/Los_Angeles'));

INSERT INTO scorecard_load.channel_name VALUES
	('sf311', 'Voice In', 'PHONE'), ('sf311', 'Open311', 'APP'),
	('sf311', 'Web Self Service', 'WEB'),
	('sf311', 'Integrated Agency', 'INTERNAL'),
	('sf311', 'Other Department', 'INTERNAL'), ('sf311', 'Twitter', 'SOCIAL'),
	('sf311', 'e-mail In', 'EMAIL'), ('sf311', 'Mail In', 'MAIL');

INSERT INTO scorecard_load.request_row
	(source, source_key, site_code, channel_raw, category_name,
	 opened_raw, opened_at, resolved_raw, resolved_at, closed_raw, closed_at)
SELECT 'sf311', case_id, 'SFO', source, category,
	   opened, t.opened_at, closed, t.closed_at, closed, t.closed_at
  FROM scorecard_load.sf311,
	   LATERAL (SELECT
		scorecard_load.us_time(opened, 'America/Los_Angeles') AS opened_at,
		scorecard_load.us_time(closed, 'America/Los_Angeles') AS closed_at) t;
