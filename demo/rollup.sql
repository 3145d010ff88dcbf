-- Daily rollup tables: the summaries of each site and local day, kept so
-- that months, quarters or any range of days merge from them with rollup
-- instead of rescanning the requests.  refresh_daily_summary
-- recomputes the days from a date on; run it on a schedule (see README.md,
-- "BI cookbook").

CREATE TABLE scorecard.daily_request (
	site_code	text NOT NULL REFERENCES scorecard.site,
	day			date NOT NULL,
	requests	bigint NOT NULL,
	resolution_sla sla_summary,
	response_sla sla_summary,
	PRIMARY KEY (site_code, day)
);

-- Recompute every day from since on (requests resolved late change
-- recent days); days are local to each site, and a request counts on the
-- day it was opened.
CREATE PROCEDURE scorecard.refresh_daily_summary(since date)
LANGUAGE sql
BEGIN ATOMIC
	DELETE FROM scorecard.daily_request WHERE day >= since;

	INSERT INTO scorecard.daily_request
	SELECT t.site_code, (r.opened_at AT TIME ZONE s.time_zone)::date,
		   count(*),
		   sla_agg(t.resolution_time, t.resolution_limit),
		   sla_agg(t.response_time, t.response_limit)
	  FROM scorecard.request_time t
	  JOIN scorecard.service_request r USING (request_id)
	  JOIN scorecard.site s ON s.site_code = t.site_code
	 WHERE (r.opened_at AT TIME ZONE s.time_zone)::date >= since
	 GROUP BY 1, 2;
END;

-- Months merged from the days: compliance, and the merged summary for
-- the other accessors (percentile, mean, met, breached).
CREATE VIEW scorecard.monthly_summary AS
SELECT site_code, date_trunc('month', day)::date AS month,
	   sum(requests) AS requests,
	   compliance(rollup(resolution_sla)) AS compliance,
	   compliance(rollup(response_sla)) AS response_compliance,
	   rollup(resolution_sla) AS resolution_sla
  FROM scorecard.daily_request
 GROUP BY 1, 2;
