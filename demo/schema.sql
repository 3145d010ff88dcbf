-- The example schema of the scorecard: where an organisation keeps its
-- sites, channels, categories with their time limits, service requests,
-- survey answers and audit results.  Everything lives in the schema
-- "scorecard"; the extension itself is installed wherever the DBA put it
-- and found through search_path.

CREATE SCHEMA scorecard;
COMMENT ON SCHEMA scorecard IS 'svcindex demo: the service scorecard example schema';

-- Reference data ------------------------------------------------------------

-- A place that serves residents: a service hall, a hotline, a city's 311.
-- hours holds its working calendar in the jsonb shape business_calendar
-- reads (tz, weekly hours, holidays, breaks, shifts); calendar is that
-- calendar parsed once, when the site is stored.
CREATE TABLE scorecard.site (
	site_code	text PRIMARY KEY,
	name		text NOT NULL,
	hours		jsonb NOT NULL,
	time_zone	text GENERATED ALWAYS AS (hours ->> 'tz') STORED NOT NULL,
	calendar	business_calendar
				GENERATED ALWAYS AS (business_calendar(hours)) STORED NOT NULL
);

CREATE TABLE scorecard.channel (
	channel_code text PRIMARY KEY,
	name		text NOT NULL,
	self_service boolean NOT NULL
);

-- A kind of matter with its promised limits: first response and
-- resolution, counted in the site's business time.  NULL: no limit (the
-- request may still carry its own due time).
CREATE TABLE scorecard.category (
	category_code text PRIMARY KEY,
	name		text NOT NULL,
	response_limit interval,
	resolution_limit interval
);

-- The eight dimensions of the indicator system and their weights in the
-- composite index.
CREATE TABLE scorecard.dimension (
	dimension_code text PRIMARY KEY,
	position	int NOT NULL UNIQUE,
	name		text NOT NULL,
	name_zh		text NOT NULL,
	weight		float8 NOT NULL DEFAULT 1 CHECK (weight >= 0)
);

INSERT INTO scorecard.dimension VALUES
	('ATT', 1, 'service attitude', '服务态度', 1),
	('EFF', 2, 'service efficiency', '服务效率', 1),
	('QUA', 3, 'service quality', '服务质量', 1),
	('PRO', 4, 'service proactiveness', '服务主动性', 1),
	('CON', 5, 'service convenience', '服务便利性', 1),
	('SAT', 6, 'service satisfaction', '服务满意度', 1),
	('PER', 7, 'service personalisation', '服务个性化', 1),
	('INN', 8, 'service innovation', '服务创新性', 1);

-- An indicator item under one dimension: rated in surveys (on a scale from
-- scale_low to scale_high), scored by auditors (0-100), or measured from
-- the requests (a share, scored 0 at worst and 100 at best).  A survey
-- item outside the indicator system has no dimension: its answers are
-- kept and reported as rated items, but score no dimension.
CREATE TABLE scorecard.item (
	item_code	text PRIMARY KEY,
	dimension_code text REFERENCES scorecard.dimension,
	obtained	text NOT NULL CHECK (obtained IN ('survey', 'audit', 'measured')),
	name		text NOT NULL,
	scale_low	int,
	scale_high	int,
	worst		float8,
	best		float8,
	weight		float8 NOT NULL DEFAULT 1 CHECK (weight >= 0),
	CHECK ((obtained = 'survey') = (scale_low IS NOT NULL AND scale_high > scale_low)),
	CHECK ((obtained = 'measured') = (worst IS NOT NULL AND best <> worst)),
	CHECK (dimension_code IS NOT NULL OR obtained = 'survey')
);

-- The items measured from service requests, the same for every site.
INSERT INTO scorecard.item (item_code, dimension_code, obtained, name, worst, best) VALUES
	('EFF.RESOLVED_IN_TIME', 'EFF', 'measured',
	 'share of requests resolved within their limit', 0, 1),
	('CON.ANSWERED_IN_TIME', 'CON', 'measured',
	 'share of requests first answered within their limit', 0, 1),
	('CON.SELF_SERVICE', 'CON', 'measured',
	 'share of requests made through self-service channels', 0, 0.6);

-- Facts ------------------------------------------------------------------

-- One request from a resident.  source and source_key say where a loaded
-- row came from.  due_at is the source's own deadline where it publishes
-- one; otherwise the category's limit applies.  resolved_at is when the
-- matter was settled, closed_at when the ticket was closed.  paused holds
-- the spells when the clock stood still (waiting for the resident or a
-- supplier): they do not count in business time.
CREATE TABLE scorecard.service_request (
	request_id	bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	source		text NOT NULL,
	source_key	text NOT NULL,
	site_code	text NOT NULL REFERENCES scorecard.site,
	channel_code text NOT NULL REFERENCES scorecard.channel,
	category_code text NOT NULL REFERENCES scorecard.category,
	opened_at	timestamptz NOT NULL,
	first_response_at timestamptz CHECK (first_response_at >= opened_at),
	resolved_at timestamptz CHECK (resolved_at >= opened_at),
	closed_at	timestamptz CHECK (closed_at >= opened_at),
	due_at		timestamptz CHECK (due_at >= opened_at),
	sla_met_reported boolean,
	paused		tstzmultirange NOT NULL DEFAULT '{}',
	UNIQUE (source, source_key)
);

-- One survey answer sheet: the 0-10 recommendation question (NPS) and,
-- in survey_rating, one row per rated item.  category_code names the
-- matter the sheet rates, where the survey records one.  A sheet without
-- a date (answered_at NULL) counts in no period, only in the rated-items
-- table.
CREATE TABLE scorecard.survey_response (
	response_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	source		text NOT NULL,
	source_key	text NOT NULL,
	site_code	text NOT NULL REFERENCES scorecard.site,
	request_id	bigint REFERENCES scorecard.service_request,
	category_code text REFERENCES scorecard.category,
	answered_at timestamptz,
	recommend	numeric CHECK (recommend BETWEEN 0 AND 10),
	UNIQUE (source, source_key)
);

CREATE TABLE scorecard.survey_rating (
	response_id bigint NOT NULL REFERENCES scorecard.survey_response,
	item_code	text NOT NULL REFERENCES scorecard.item,
	score		numeric NOT NULL,
	PRIMARY KEY (response_id, item_code)
);

-- One audited item on one visit (checklist or mystery shopper), 0-100.
CREATE TABLE scorecard.audit_result (
	site_code	text NOT NULL REFERENCES scorecard.site,
	visited_on	date NOT NULL,
	item_code	text NOT NULL REFERENCES scorecard.item,
	score		numeric NOT NULL CHECK (score BETWEEN 0 AND 100),
	PRIMARY KEY (site_code, visited_on, item_code)
);

-- Report settings and the load report ------------------------------------

-- The period of the scorecard's rows ('month', 'quarter' or 'year').
CREATE TABLE scorecard.report_setting (
	only_row	boolean PRIMARY KEY DEFAULT true CHECK (only_row),
	period		text NOT NULL CHECK (period IN ('month', 'quarter', 'year'))
);
INSERT INTO scorecard.report_setting (period) VALUES ('year');

-- What each loader read, kept and rejected, and why.  unit is 'row' for a
-- record of the file and 'answer' for one rated question inside a kept row.
CREATE TABLE scorecard.load_report (
	source		text NOT NULL,
	unit		text NOT NULL CHECK (unit IN ('row', 'answer')),
	outcome		text NOT NULL CHECK (outcome IN ('kept', 'rejected', 'not answered')),
	reason		text NOT NULL,
	count		bigint NOT NULL CHECK (count > 0),
	PRIMARY KEY (source, unit, outcome, reason)
);

-- A source's extraction time: open requests are judged overdue against it.
CREATE TABLE scorecard.source (
	source		text PRIMARY KEY,
	file		text,
	as_of		timestamptz NOT NULL
);
