-- Daily rollup tables: the summaries of each site and local day, kept so
-- that months, quarters or any range of days merge from them with rollup
-- instead of rescanning the requests and answers.  refresh_daily_summary
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

CREATE TABLE scorecard.daily_answer (
	site_code	text NOT NULL REFERENCES scorecard.site,
	day			date NOT NULL,
	answers		nps_summary NOT NULL,
	PRIMARY KEY (site_code, day)
);

CREATE TABLE scorecard.daily_rating (
	site_code	text NOT NULL REFERENCES scorecard.site,
	day			date NOT NULL,
	item_code	text NOT NULL REFERENCES scorecard.item,
	ratings		rating_summary NOT NULL,
	PRIMARY KEY (site_code, day, item_code)
);

-- Recompute every day from since on (late answers and corrected requests
-- change recent days); days are local to each site, requests count on the
-- day they were opened, answers on the day they were given.
CREATE PROCEDURE scorecard.refresh_daily_summary(since date)
LANGUAGE sql
BEGIN ATOMIC
	DELETE FROM scorecard.daily_request WHERE day >= since;
	DELETE FROM scorecard.daily_answer WHERE day >= since;
	DELETE FROM scorecard.daily_rating WHERE day >= since;

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

	INSERT INTO scorecard.daily_answer
	SELECT v.site_code, (v.answered_at AT TIME ZONE s.time_zone)::date,
		   nps_agg(v.recommend)
	  FROM scorecard.survey_response v
	  JOIN scorecard.site s USING (site_code)
	 WHERE (v.answered_at AT TIME ZONE s.time_zone)::date >= since
	   AND v.recommend IS NOT NULL
	 GROUP BY 1, 2;

	INSERT INTO scorecard.daily_rating
	SELECT v.site_code, (v.answered_at AT TIME ZONE s.time_zone)::date,
		   i.item_code, rating_agg(r.score, i.scale_low, i.scale_high)
	  FROM scorecard.survey_rating r
	  JOIN scorecard.survey_response v USING (response_id)
	  JOIN scorecard.site s USING (site_code)
	  JOIN scorecard.item i USING (item_code)
	 WHERE (v.answered_at AT TIME ZONE s.time_zone)::date >= since
	 GROUP BY 1, 2, 3;
END;

-- Months merged from the days: NPS with its interval, compliance and
-- resolution percentiles, and every rated item's 0-100 score.
CREATE VIEW scorecard.monthly_summary AS
SELECT site_code, month, requests,
	   compliance(resolution_sla) AS compliance,
	   compliance(response_sla) AS response_compliance,
	   responses(answers) AS nps_responses, nps(answers) AS nps,
	   resolution_sla, answers
  FROM (SELECT site_code, date_trunc('month', day)::date AS month,
			   sum(requests) AS requests, rollup(resolution_sla) AS resolution_sla,
			   rollup(response_sla) AS response_sla
		  FROM scorecard.daily_request GROUP BY 1, 2) r
  FULL JOIN (SELECT site_code, date_trunc('month', day)::date AS month,
					rollup(answers) AS answers
			   FROM scorecard.daily_answer GROUP BY 1, 2) a USING (site_code, month);
