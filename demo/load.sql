-- Loading the public data sets in the folder named by the psql variable
-- datadir.  Each loader copies its file as text into a staging table of
-- schema scorecard_load (kept, so that figures can be checked against the
-- raw rows), checks every row, moves the rows it keeps into the scorecard
-- tables and records in scorecard.load_report how many rows it kept and
-- rejected, and why.  Timestamps are read as local wall-clock times and
-- placed in the source's time zone.
SET TimeZone = 'UTC';

CREATE SCHEMA scorecard_load;
COMMENT ON SCHEMA scorecard_load IS 'svcindex demo: raw rows of the public data sets and the loaders'' helpers';

-- Whether a raw field holds no value: empty, or one of the sources' missing
-- markers ("?" in the service desk log, "NA" in R exports).
CREATE FUNCTION scorecard_load.is_missing(raw text)
RETURNS boolean
LANGUAGE sql IMMUTABLE
RETURN raw IS NULL OR btrim(raw) IN ('', '?', 'NA');

-- A raw local wall-clock time read with a to_timestamp format and placed
-- in a time zone, or NULL when the field is missing or does not read back
-- exactly in that format.
CREATE FUNCTION scorecard_load.local_time(raw text, format text, zone text)
RETURNS timestamptz
LANGUAGE plpgsql STABLE
AS $$
DECLARE
	parsed timestamp;
BEGIN
	IF scorecard_load.is_missing(raw) THEN
		RETURN NULL;
	END IF;
	parsed := to_timestamp(raw, format)::timestamp;
	IF to_char(parsed, format) <> raw THEN
		RETURN NULL;
	END IF;
	RETURN parsed AT TIME ZONE zone;
EXCEPTION
	WHEN invalid_datetime_format OR datetime_field_overflow
		 OR invalid_parameter_value THEN
		RETURN NULL;
END
$$;

-- A time in the 12-hour form of the 311 exports (04/12/2018 11:11:26 AM).
CREATE FUNCTION scorecard_load.us_time(raw text, zone text)
RETURNS timestamptz
LANGUAGE sql STABLE
RETURN scorecard_load.local_time(raw, 'MM/DD/YYYY HH12:MI:SS AM', zone);

-- A raw number, or NULL when the field is missing or not a number.
CREATE FUNCTION scorecard_load.number(raw text)
RETURNS numeric
LANGUAGE sql IMMUTABLE
RETURN CASE WHEN NOT scorecard_load.is_missing(raw)
				 AND btrim(raw) ~ '^[-+]?[0-9]+(\.[0-9]+)?$'
			THEN btrim(raw)::numeric END;

-- The first of two raw fields that holds a value (a question asked in one
-- column per survey wave).
CREATE FUNCTION scorecard_load.first_given(raw text, other text)
RETURNS text
LANGUAGE sql IMMUTABLE
RETURN CASE WHEN scorecard_load.is_missing(raw) THEN other ELSE raw END;

-- A calendar open round the clock in a time zone: the sources' due times
-- are wall-clock deadlines.
CREATE FUNCTION scorecard_load.always_open(time_zone text)
RETURNS jsonb
LANGUAGE sql IMMUTABLE
RETURN jsonb_build_object(
	'tz', time_zone,
	'hours', (SELECT jsonb_object_agg(d, '[["00:00", "24:00"]]'::jsonb)
				FROM unnest('{mon,tue,wed,thu,fri,sat,sun}'::text[]) d),
	'holidays', '[]'::jsonb, 'breaks', '{}'::jsonb, 'shifts', '{}'::jsonb);

-- The channels of every public source, by their own names.
CREATE TABLE scorecard_load.channel_name (
	source		text,
	raw			text,
	channel_code text NOT NULL,
	PRIMARY KEY (source, raw)
);

INSERT INTO scorecard.channel VALUES
	('PHONE', 'telephone', false),
	('WEB', 'web portal', true),
	('APP', 'mobile app or API', true),
	('EMAIL', 'e-mail', true),
	('MAIL', 'letter', false),
	('SOCIAL', 'social media', true),
	('INTERNAL', 'raised by staff or another agency', false),
	('SURVEY', 'survey', false),
	('OTHER', 'other channel', false),
	('UNKNOWN', 'channel not recorded', false);

INSERT INTO scorecard.source (source, file, as_of) VALUES
	('bal311', 'baltimore_311_sample_2014_2019.csv', 'infinity'),
	('nyc311', 'nyc311_sample_1000_2014_2019.csv', 'infinity'),
	('sf311', 'sf311_cases_sample_2008_2016.csv', 'infinity'),
	('bos311', 'boston311_open_cases_2025.csv', 'infinity'),
	('itsm', 'itsm_incident_event_log_subset.csv', 'infinity'),
	('carpentries', 'carpentries_instructor_training_post_survey_2017_2018.csv', 'infinity'),
	('somerville', 'somerville_happiness_survey_2011_2013_2015.csv', 'infinity'),
	('turkiye', 'turkiye_student_evaluation_uci.csv', 'infinity');

-- Service requests of the four 311 files and the service desk log.
\ir load_requests.sql
\ir load_nyc311.sql
\ir load_bal311.sql
\ir load_sf311.sql
\ir load_bos311.sql
\ir load_itsm.sql
CALL scorecard_load.keep_requests();
UPDATE scorecard.category c
   SET resolution_limit = l.resolution_limit
  FROM scorecard_load.itsm_limit l
 WHERE c.category_code = 'ITSM:' || l.priority;

-- Surveys.
\ir load_surveys.sql
\ir load_carpentries.sql
\ir load_somerville.sql
\ir load_turkiye.sql
CALL scorecard_load.keep_surveys();

-- A source's extraction time is its latest recorded moment (a survey
-- without dates keeps infinity).
UPDATE scorecard.source s
   SET as_of = (SELECT max(greatest(r.opened_at, r.resolved_at, r.closed_at))
				  FROM scorecard.service_request r
				 WHERE r.source = s.source)
 WHERE EXISTS (SELECT FROM scorecard.service_request r WHERE r.source = s.source);
UPDATE scorecard.source s
   SET as_of = (SELECT max(v.answered_at) FROM scorecard.survey_response v
				 WHERE v.source = s.source)
 WHERE as_of = 'infinity'
   AND EXISTS (SELECT FROM scorecard.survey_response v
				WHERE v.source = s.source AND v.answered_at IS NOT NULL);

RESET TimeZone;
