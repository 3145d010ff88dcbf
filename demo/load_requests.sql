-- What the request loaders share: each one reads its file into a staging
-- table of its own and turns every raw row into one row of request_row,
-- with the times read in the source's time zone and any source-specific
-- problem named.  keep_requests then applies the checks common to all
-- sources, keeps the sound rows and reports on the others.

CREATE TABLE scorecard_load.request_row (
	source		text NOT NULL,
	source_key	text,
	site_code	text NOT NULL,
	channel_raw text,
	category_name text,
	opened_raw	text,
	opened_at	timestamptz,
	first_response_at timestamptz,
	resolved_raw text,
	resolved_at timestamptz,
	closed_raw	text,
	closed_at	timestamptz,
	due_raw		text,
	due_at		timestamptz,
	sla_met_reported boolean,
	paused		tstzmultirange,
	problem		text
);

-- The first reason a request row cannot be used, or NULL when it can.
CREATE FUNCTION scorecard_load.request_problem(r scorecard_load.request_row,
											   copies bigint)
RETURNS text
LANGUAGE sql STABLE
RETURN CASE
	WHEN r.problem IS NOT NULL THEN r.problem
	WHEN scorecard_load.is_missing(r.source_key) THEN 'no request number'
	WHEN copies > 1 THEN 'request number appears more than once'
	WHEN scorecard_load.is_missing(r.opened_raw) THEN 'no opening time'
	WHEN r.opened_at IS NULL THEN 'unreadable opening time'
	WHEN r.resolved_at IS NULL AND NOT scorecard_load.is_missing(r.resolved_raw)
		THEN 'unreadable resolution time'
	WHEN r.closed_at IS NULL AND NOT scorecard_load.is_missing(r.closed_raw)
		THEN 'unreadable closing time'
	WHEN r.due_at IS NULL AND NOT scorecard_load.is_missing(r.due_raw)
		THEN 'unreadable due time'
	WHEN least(r.opened_at, r.resolved_at, r.closed_at, r.due_at)
		 < timestamptz '1990-01-01 00:00+00'
		THEN 'placeholder time before 1990'
	WHEN r.closed_at < r.opened_at THEN 'closed before opened'
	WHEN r.resolved_at < r.opened_at THEN 'resolved before opened'
	WHEN r.first_response_at < r.opened_at THEN 'answered before opened'
	WHEN r.due_at < r.opened_at THEN 'due before opened'
END;

-- Every request row with its channel, its category and the reason it is
-- rejected, if it is.
CREATE VIEW scorecard_load.request_checked AS
	SELECT r.*, c.channel_code,
		   r.site_code || ':' || coalesce(nullif(btrim(r.category_name), ''),
										  '(none)') AS category_code,
		   scorecard_load.request_problem(
			   r, count(*) OVER (PARTITION BY r.source, r.source_key)) AS reason
	  FROM scorecard_load.request_row r
	  LEFT JOIN scorecard_load.channel_name c
		ON c.source = r.source AND c.raw = coalesce(btrim(r.channel_raw), '');

-- Keep the sound request rows of every source, with their categories and
-- channels, and report kept and rejected rows by reason.
CREATE PROCEDURE scorecard_load.keep_requests()
LANGUAGE sql
BEGIN ATOMIC

	INSERT INTO scorecard.category (category_code, name)
	SELECT DISTINCT category_code,
		   coalesce(nullif(btrim(category_name), ''), '(none)')
	  FROM scorecard_load.request_checked
	 WHERE reason IS NULL;

	INSERT INTO scorecard.service_request
		(source, source_key, site_code, channel_code, category_code,
		 opened_at, first_response_at, resolved_at, closed_at, due_at,
		 sla_met_reported, paused)
	SELECT source, source_key, site_code, coalesce(channel_code, 'UNKNOWN'),
		   category_code, opened_at, first_response_at, resolved_at,
		   closed_at, due_at, sla_met_reported, coalesce(paused, '{}')
	  FROM scorecard_load.request_checked
	 WHERE reason IS NULL
	 ORDER BY source, opened_at, source_key;

	INSERT INTO scorecard.load_report
	SELECT source, 'row', CASE WHEN reason IS NULL THEN 'kept' ELSE 'rejected' END,
		   coalesce(reason, 'service request'), count(*)
	  FROM scorecard_load.request_checked
	 GROUP BY 1, 2, 3, 4;
END;
