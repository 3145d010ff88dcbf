-- Somerville's happiness survey (2011, 2013, 2015): city services rated
-- 1-5 and satisfaction items 1-10, with "NA" and empty cells for no
-- answer, half points (rejected: the scales have whole points only), and
-- data-entry errors outside the scales.  Some
-- questions changed between waves and sit in a column per wave.  There is
-- no answer date, only the year: a sheet is dated 1 July of its year.
CREATE TABLE scorecard_load.somerville (
	combined_id text, year text, happy_now text, life_satisfaction text,
	somerville_satisfaction text, similar_to_others_2011 text,
	advice_or_decide_2011 text, neighborhood_satisfaction text,
	proud_resident_2015 text, city_services_information_2015 text,
	affordable_housing_2011 text, housing_cost text, schools_2011 text,
	schools text, beauty_2011 text, beauty_2013 text,
	police_effectiveness_2011_2013 text, police_trust_2015 text,
	streets_maintenance_2013 text, streets_maintenance_2015 text,
	community_events text, safe_at_night_2013 text, safe_at_night_2015 text,
	neighborhood_beauty text, parks_2013 text, parks text, sex text,
	gender_2011 text, age text, marital_status_2011 text,
	language_2015 text, race_2011_2013 text, hispanic_2013 text,
	race_2015 text, children text, housing_status text, plan_to_move text,
	years_here text, income text, neighborhood text, student text,
	ward text, precinct text
);
\set file :datadir '/somerville_happiness_survey_2011_2013_2015.csv'
\set copy '\\copy scorecard_load.somerville FROM ' :'file' ' WITH (FORMAT csv, HEADER)'
:copy

INSERT INTO scorecard.site (site_code, name, hours)
VALUES ('SOM', 'City of Somerville (residents'' survey)', scorecard_load.always_open('America/New_York'));

INSERT INTO scorecard.item
	(item_code, dimension_code, obtained, name, scale_low, scale_high) VALUES
	('SOM.INFORMATION', 'CON', 'survey', 'availability of information about city services', 1, 5),
	('SOM.SCHOOLS', 'QUA', 'survey', 'quality of public schools', 1, 5),
	('SOM.POLICE_EFFECTIVENESS', 'EFF', 'survey', 'effectiveness of the local police', 1, 5),
	('SOM.POLICE_TRUST', 'ATT', 'survey', 'trust in the local police', 1, 5),
	('SOM.STREETS', 'QUA', 'survey', 'maintenance of streets and sidewalks', 1, 5),
	('SOM.EVENTS', 'PRO', 'survey', 'availability of social and community events', 1, 5),
	('SOM.PARKS', 'QUA', 'survey', 'appearance of parks and squares', 1, 10),
	('SOM.SATISFACTION', 'SAT', 'survey', 'satisfaction with Somerville as a place to live', 1, 10);

INSERT INTO scorecard_load.survey_row
	(source, source_key, site_code, answered_at, problem)
SELECT 'somerville', coalesce(combined_id, ''), 'SOM',
	   CASE WHEN year ~ '^(19|20)[0-9]{2}$'
			THEN make_timestamptz(year::int, 7, 1, 12, 0, 0, 'America/New_York')
	   END,
	   CASE WHEN scorecard_load.is_missing(combined_id) THEN 'no respondent id' END
  FROM scorecard_load.somerville;

-- A question asked in different words in different waves is one item: its
-- answer is whichever wave's column the sheet filled in.
INSERT INTO scorecard_load.answer_row (source, source_key, item_code, raw, score)
SELECT 'somerville', coalesce(s.combined_id, ''), a.item_code, a.raw,
	   scorecard_load.number(a.raw)
  FROM scorecard_load.somerville s
 CROSS JOIN LATERAL (VALUES
		('SOM.INFORMATION', s.city_services_information_2015),
		('SOM.SCHOOLS', scorecard_load.first_given(s.schools_2011, s.schools)),
		('SOM.POLICE_EFFECTIVENESS', s.police_effectiveness_2011_2013),
		('SOM.POLICE_TRUST', s.police_trust_2015),
		('SOM.STREETS', scorecard_load.first_given(s.streets_maintenance_2013, s.streets_maintenance_2015)),
		('SOM.EVENTS', s.community_events),
		('SOM.PARKS', scorecard_load.first_given(s.parks_2013, s.parks)),
		('SOM.SATISFACTION', s.somerville_satisfaction)) a(item_code, raw);
