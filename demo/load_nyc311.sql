-- New York City 311: a 1,000-row export with created, due and closed times
-- (local New York time, 12-hour clock).  The due time is filled in for
-- about half the rows; a few rows were closed before they were opened.
CREATE TABLE scorecard_load.nyc311 (
	unique_key text, created_date text, closed_date text, agency text,
	agency_name text, complaint_type text, descriptor text,
	location_type text, incident_zip text, incident_address text,
	street_name text, cross_street_1 text, cross_street_2 text,
	intersection_street_1 text, intersection_street_2 text,
	address_type text, city text, landmark text, facility_type text,
	status text, due_date text, resolution_description text,
	resolution_action_updated_date text, community_board text, bbl text,
	borough text, x_coordinate text, y_coordinate text,
	open_data_channel_type text, park_facility_name text,
	park_borough text, vehicle_type text, taxi_company_borough text,
	taxi_pick_up_location text, bridge_highway_name text,
	bridge_highway_direction text, road_ramp text,
	bridge_highway_segment text, latitude text, longitude text,
	location text
);
\set file :datadir '/nyc311_sample_1000_2014_2019.csv'
\set copy '\\copy scorecard_load.nyc311 FROM ' :'file' ' WITH (FORMAT csv, HEADER)'
:copy

INSERT INTO scorecard.site (site_code, name, hours)
VALUES ('NYC', 'New York City 311', scorecard_load.always_open('America/New_York'));

INSERT INTO scorecard_load.channel_name VALUES
	('nyc311', 'PHONE', 'PHONE'), ('nyc311', 'ONLINE', 'WEB'),
	('nyc311', 'MOBILE', 'APP'), ('nyc311', 'OTHER', 'OTHER'),
	('nyc311', 'UNKNOWN', 'UNKNOWN');

INSERT INTO scorecard_load.request_row
	(source, source_key, site_code, channel_raw, category_name,
	 opened_raw, opened_at, resolved_raw, resolved_at, closed_raw, closed_at,
	 due_raw, due_at)
SELECT 'nyc311', unique_key, 'NYC', open_data_channel_type, complaint_type,
	   created_date, opened, closed_date, closed, closed_date, closed,
	   due_date, due
  FROM scorecard_load.nyc311,
	   LATERAL (SELECT
		scorecard_load.us_time(created_date, 'America/New_York') AS opened,
		scorecard_load.us_time(closed_date, 'America/New_York') AS closed,
		scorecard_load.us_time(due_date, 'America/New_York') AS due) t;
