-- The scorecard's report views.  Each view is one step of the indicator
-- system: request timings, SLA and NPS per site and period, the score of
-- every item, the eight dimension scores, and the scorecard with its
-- composite index and ranking.  A BI tool reads scorecard.scorecard.

-- Requests ---------------------------------------------------------------

-- Per request: the time to first response and to resolution, and the
-- limits they are judged against: the source's own due time where it gives
-- one, otherwise the category's limits.
CREATE VIEW scorecard.request_time AS
SELECT r.request_id, r.site_code, r.category_code, r.channel_code,
	   ch.self_service,
	   date_trunc(g.period, r.opened_at AT TIME ZONE s.time_zone)::date AS period,
	   r.first_response_at - r.opened_at AS response_time,
	   c.response_limit,
	   r.resolved_at - r.opened_at AS resolution_time,
	   coalesce(r.due_at - r.opened_at, c.resolution_limit) AS resolution_limit
  FROM scorecard.service_request r
  JOIN scorecard.site s USING (site_code)
  JOIN scorecard.category c USING (category_code)
  JOIN scorecard.channel ch USING (channel_code)
 CROSS JOIN scorecard.report_setting g;

-- SLA summaries per site and period: resolution and first response against
-- their limits (requests without a limit, and open requests, are not
-- judged), and every resolution time for its percentiles (a target equal
-- to the time itself judges nothing).
CREATE VIEW scorecard.sla_by_period AS
SELECT site_code, period,
	   count(*) AS requests,
	   count(resolution_time) AS resolved,
	   sla_agg(resolution_time, resolution_limit) AS resolution_sla,
	   sla_agg(response_time, response_limit) AS response_sla,
	   sla_agg(resolution_time, resolution_time) AS resolution_times,
	   avg(self_service::int) AS self_service_share
  FROM scorecard.request_time
 GROUP BY site_code, period;

-- Compliance per category, over every period (for the report's bar chart).
CREATE VIEW scorecard.sla_by_category AS
SELECT site_code, category_code, total(s) AS judged, compliance(s) AS compliance
  FROM (SELECT site_code, category_code,
			   sla_agg(resolution_time, resolution_limit) AS s
		  FROM scorecard.request_time
		 GROUP BY site_code, category_code) c;

-- Open requests at each source's extraction time, and how many of them are
-- past their due time or limit by then.
CREATE VIEW scorecard.open_backlog AS
SELECT r.site_code, r.source, count(*) AS open_requests,
	   count(*) FILTER (WHERE coalesce(r.due_at, r.opened_at + c.resolution_limit)
						< src.as_of) AS overdue
  FROM scorecard.service_request r
  JOIN scorecard.category c USING (category_code)
  JOIN scorecard.source src USING (source)
 WHERE r.resolved_at IS NULL AND r.closed_at IS NULL
 GROUP BY r.site_code, r.source;

-- Surveys ----------------------------------------------------------------

CREATE VIEW scorecard.response_period AS
SELECT v.*, date_trunc(g.period, v.answered_at AT TIME ZONE s.time_zone)::date AS period,
	   date_trunc('month', v.answered_at AT TIME ZONE s.time_zone)::date AS month
  FROM scorecard.survey_response v
  JOIN scorecard.site s USING (site_code)
 CROSS JOIN scorecard.report_setting g;

-- Net Promoter Score per site and period with its 95 % Wald interval.
CREATE VIEW scorecard.nps_by_period AS
WITH counts AS (
	SELECT site_code, period,
		   count(recommend) AS responses,
		   count(*) FILTER (WHERE recommend >= 9) AS promoters,
		   count(*) FILTER (WHERE recommend <= 6) AS detractors
	  FROM scorecard.response_period
	 WHERE recommend IS NOT NULL
	 GROUP BY site_code, period
)
SELECT site_code, period, responses, promoters, detractors,
	   100.0 * (promoters - detractors) / responses AS nps,
	   100.0 * (promoters - detractors) / responses - margin AS nps_low,
	   100.0 * (promoters - detractors) / responses + margin AS nps_high
  FROM counts,
	   LATERAL (SELECT 100 * 1.959963984540054
					   * sqrt(((promoters + detractors)::float8 / responses
							   - ((promoters - detractors)::float8 / responses) ^ 2)
							  / responses) AS margin) m;

-- NPS per site and month with its interval (the report's trend chart).
CREATE VIEW scorecard.nps_by_month AS
WITH counts AS (
	SELECT site_code, month,
		   count(recommend) AS responses,
		   count(*) FILTER (WHERE recommend >= 9) AS promoters,
		   count(*) FILTER (WHERE recommend <= 6) AS detractors
	  FROM scorecard.response_period
	 WHERE recommend IS NOT NULL
	 GROUP BY site_code, month
)
SELECT site_code, month, responses,
	   100.0 * (promoters - detractors) / responses AS nps,
	   100.0 * (promoters - detractors) / responses - margin AS nps_low,
	   100.0 * (promoters - detractors) / responses + margin AS nps_high
  FROM counts,
	   LATERAL (SELECT 100 * 1.959963984540054
					   * sqrt(((promoters + detractors)::float8 / responses
							   - ((promoters - detractors)::float8 / responses) ^ 2)
							  / responses) AS margin) m;

-- Items and dimensions ---------------------------------------------------

-- The 0-100 score of every item per site and period: survey ratings on
-- their scale, audit scores as they are, measured shares between their
-- worst and best values.
CREATE VIEW scorecard.item_score AS
SELECT v.site_code, v.period, i.item_code, i.dimension_code,
	   normalise_rating(avg(r.score)::float8, i.scale_low, i.scale_high) AS score,
	   count(*) AS observations
  FROM scorecard.survey_rating r
  JOIN scorecard.response_period v USING (response_id)
  JOIN scorecard.item i USING (item_code)
 GROUP BY v.site_code, v.period, i.item_code
UNION ALL
SELECT a.site_code, date_trunc(g.period, a.visited_on)::date,
	   i.item_code, i.dimension_code, avg(a.score), count(*)
  FROM scorecard.audit_result a
  JOIN scorecard.item i USING (item_code)
 CROSS JOIN scorecard.report_setting g
 GROUP BY 1, 2, i.item_code
UNION ALL
SELECT m.site_code, m.period, i.item_code, i.dimension_code,
	   normalise_linear(m.value, i.worst, i.best),
	   m.observations
  FROM (SELECT site_code, period, 'EFF.RESOLVED_IN_TIME' AS item_code,
			   compliance(resolution_sla) AS value,
			   total(resolution_sla) AS observations
		  FROM scorecard.sla_by_period
		UNION ALL
		SELECT site_code, period, 'CON.ANSWERED_IN_TIME',
			   compliance(response_sla), total(response_sla)
		  FROM scorecard.sla_by_period
		UNION ALL
		SELECT site_code, period, 'CON.SELF_SERVICE', self_service_share,
			   requests
		  FROM scorecard.sla_by_period) m
  JOIN scorecard.item i USING (item_code)
 WHERE m.value IS NOT NULL;

-- The eight dimension scores: the weighted mean of the dimension's item
-- scores present for the site and period (a missing item does not count).
CREATE VIEW scorecard.dimension_score AS
SELECT s.site_code, s.period, s.dimension_code,
	   weighted_score(s.score, i.weight) AS score
  FROM scorecard.item_score s
  JOIN scorecard.item i USING (item_code)
 GROUP BY s.site_code, s.period, s.dimension_code;

-- The scorecard ----------------------------------------------------------

-- One row per site and period: the eight dimension scores, the composite
-- index (weighted mean of the dimensions present) and the rank by it, the
-- TOPSIS closeness among the period's sites (for sites scored on all eight
-- dimensions), NPS with its 95 % interval, SLA compliance and
-- resolution-time percentiles.
CREATE VIEW scorecard.scorecard AS
WITH dims AS (
	SELECT d.site_code, d.period,
		   max(d.score) FILTER (WHERE d.dimension_code = 'ATT') AS att,
		   max(d.score) FILTER (WHERE d.dimension_code = 'EFF') AS eff,
		   max(d.score) FILTER (WHERE d.dimension_code = 'QUA') AS qua,
		   max(d.score) FILTER (WHERE d.dimension_code = 'PRO') AS pro,
		   max(d.score) FILTER (WHERE d.dimension_code = 'CON') AS con,
		   max(d.score) FILTER (WHERE d.dimension_code = 'SAT') AS sat,
		   max(d.score) FILTER (WHERE d.dimension_code = 'PER') AS per,
		   max(d.score) FILTER (WHERE d.dimension_code = 'INN') AS inn,
		   weighted_score(d.score, m.weight) AS service_index,
		   count(*) AS dimensions
	  FROM scorecard.dimension_score d
	  JOIN scorecard.dimension m USING (dimension_code)
	 GROUP BY d.site_code, d.period
)
SELECT site_code, period, att, eff, qua, pro, con, sat, per, inn,
	   service_index, dimensions,
	   rank() OVER (PARTITION BY period ORDER BY service_index DESC NULLS LAST)
		   AS rank,
	   topsis(CASE WHEN dimensions = 8
					   THEN ARRAY[att, eff, qua, pro, con, sat, per, inn] END,
			  (SELECT array_agg(weight ORDER BY position) FROM scorecard.dimension),
			  array_fill(true, ARRAY[8]))
		   OVER (PARTITION BY period) AS closeness,
	   n.nps, n.nps_low, n.nps_high, n.responses AS nps_responses,
	   compliance(l.resolution_sla) AS compliance,
	   total(l.resolution_sla) AS judged,
	   l.resolved,
	   percentile(l.resolution_times, 0.5) AS resolution_p50,
	   percentile(l.resolution_times, 0.9) AS resolution_p90
  FROM dims
  FULL JOIN scorecard.nps_by_period n USING (site_code, period)
  FULL JOIN scorecard.sla_by_period l USING (site_code, period);

-- Per site over every period: NPS counts, and the period SLA summaries
-- merged with rollup.
CREATE VIEW scorecard.site_overall AS
WITH nps AS (
	SELECT site_code,
		   count(recommend) AS responses,
		   count(*) FILTER (WHERE recommend >= 9) AS promoters,
		   count(*) FILTER (WHERE recommend > 6 AND recommend < 9) AS passives,
		   count(*) FILTER (WHERE recommend <= 6) AS detractors
	  FROM scorecard.survey_response
	 GROUP BY site_code
), sla AS (
	SELECT site_code, rollup(resolution_sla) AS resolution_sla
	  FROM scorecard.sla_by_period
	 GROUP BY site_code
)
SELECT site_code, n.responses, n.promoters, n.passives, n.detractors,
	   100.0 * (n.promoters - n.detractors) / nullif(n.responses, 0) AS nps,
	   l.resolution_sla, met(l.resolution_sla) AS met,
	   breached(l.resolution_sla) AS breached,
	   compliance(l.resolution_sla) AS compliance
  FROM scorecard.site
  LEFT JOIN nps n USING (site_code)
  LEFT JOIN sla l USING (site_code);
