-- The scorecard's report views.  Each view is one step of the indicator
-- system, computed with svcindex: request times in business time
-- (business_time), SLA summaries per site and period (sla_agg), NPS
-- summaries (nps_agg), item scores (rating_agg, normalise_linear), the
-- eight dimension scores and the composite index (weighted_score), and the
-- ranking (rank, topsis).  Summaries merge with rollup, so site_overall
-- adds the periods up exactly.  A BI tool reads scorecard.scorecard.

-- Requests ---------------------------------------------------------------

-- Per request: the time to first response and to resolution, and the
-- limits they are judged against.  A source's own due time is a wall-clock
-- deadline; a category's limit counts the site's business time, with the
-- request's paused spells left out.
CREATE VIEW scorecard.request_time AS
SELECT r.request_id, r.site_code, r.category_code, r.channel_code,
	   ch.self_service,
	   date_trunc(g.period, r.opened_at AT TIME ZONE s.time_zone)::date AS period,
	   business_time(s.calendar, r.opened_at, r.first_response_at, r.paused)
		   AS response_time,
	   c.response_limit,
	   CASE WHEN r.due_at IS NOT NULL THEN r.resolved_at - r.opened_at
			ELSE business_time(s.calendar, r.opened_at, r.resolved_at, r.paused)
	   END AS resolution_time,
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
	   count(*) FILTER (WHERE coalesce(r.due_at,
									   business_deadline(s.calendar, r.opened_at,
														 c.resolution_limit))
						< src.as_of) AS overdue
  FROM scorecard.service_request r
  JOIN scorecard.site s USING (site_code)
  JOIN scorecard.category c USING (category_code)
  JOIN scorecard.source src USING (source)
 WHERE r.resolved_at IS NULL AND r.closed_at IS NULL
 GROUP BY r.site_code, r.source;

-- Paused clocks per site: how many resolved requests had a paused spell
-- before their resolution, the paused business time, and compliance as
-- judged (pauses left out) beside compliance had the clock run on.
CREATE VIEW scorecard.paused_clock AS
SELECT r.site_code,
	   count(*) AS resolved,
	   count(*) FILTER (WHERE t.resolution_time < g.gross_time) AS paused,
	   sum(g.gross_time - t.resolution_time) AS paused_time,
	   compliance(sla_agg(t.resolution_time, t.resolution_limit))
		   AS compliance,
	   compliance(sla_agg(g.gross_time, t.resolution_limit))
		   AS compliance_unpaused
  FROM scorecard.service_request r
  JOIN scorecard.request_time t USING (request_id)
  JOIN scorecard.site s ON s.site_code = r.site_code
 CROSS JOIN LATERAL business_time(s.calendar, r.opened_at, r.resolved_at)
		 AS g(gross_time)
 WHERE r.due_at IS NULL AND r.resolved_at IS NOT NULL
 GROUP BY r.site_code
HAVING bool_or(r.paused <> '{}');

-- Surveys ----------------------------------------------------------------

-- Dated answer sheets with their period and month; an undated sheet
-- counts in no period.
CREATE VIEW scorecard.response_period AS
SELECT v.*, date_trunc(g.period, v.answered_at AT TIME ZONE s.time_zone)::date AS period,
	   date_trunc('month', v.answered_at AT TIME ZONE s.time_zone)::date AS month
  FROM scorecard.survey_response v
  JOIN scorecard.site s USING (site_code)
 CROSS JOIN scorecard.report_setting g
 WHERE v.answered_at IS NOT NULL;

-- Every rated item per site and category over all sheets, dated or not:
-- its rating_agg summary (merge them with rollup), answers, mean on the
-- item's scale, and the percentages in the top two and bottom two points.
CREATE VIEW scorecard.rated_item AS
SELECT site_code, category_code, item_code, dimension_code, ratings,
	   responses(ratings) AS answers, mean(ratings) AS mean,
	   top_box(ratings, 2) AS top2, bottom_box(ratings, 2) AS bottom2
  FROM (SELECT v.site_code, v.category_code, i.item_code, i.dimension_code,
			   rating_agg(r.score, i.scale_low, i.scale_high) AS ratings
		  FROM scorecard.survey_rating r
		  JOIN scorecard.survey_response v USING (response_id)
		  JOIN scorecard.item i USING (item_code)
		 GROUP BY v.site_code, v.category_code, i.item_code) g;

-- NPS summaries per site and period, and per site and month (the report's
-- trend chart).
CREATE VIEW scorecard.nps_by_period AS
SELECT site_code, period, nps_agg(recommend) AS answers
  FROM scorecard.response_period
 GROUP BY site_code, period
HAVING count(recommend) > 0;

CREATE VIEW scorecard.nps_by_month AS
SELECT site_code, month, responses(a) AS responses, nps(a) AS nps,
	   i.low AS nps_low, i.high AS nps_high
  FROM (SELECT site_code, month, nps_agg(recommend) AS a
		  FROM scorecard.response_period
		 GROUP BY site_code, month
		HAVING count(recommend) > 0) m,
	   nps_interval(a) i;

-- Items and dimensions ---------------------------------------------------

-- The 0-100 score of every item per site and period: survey ratings on
-- their scale, audit scores as they are, measured shares between their
-- worst and best values.
CREATE VIEW scorecard.item_score AS
SELECT v.site_code, v.period, i.item_code, i.dimension_code,
	   normalised_score(rating_agg(r.score, i.scale_low, i.scale_high)) AS score,
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
	   normalise_linear(m.value, i.worst, i.best), m.observations
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
-- scores present for the site and period (a missing item does not count;
-- an item outside the indicator system scores no dimension).
CREATE VIEW scorecard.dimension_score AS
SELECT s.site_code, s.period, s.dimension_code,
	   weighted_score(s.score, i.weight) AS score
  FROM scorecard.item_score s
  JOIN scorecard.item i USING (item_code)
 WHERE s.dimension_code IS NOT NULL
 GROUP BY s.site_code, s.period, s.dimension_code;

-- The scorecard ----------------------------------------------------------

-- One row per site and period: the eight dimension scores, the composite
-- index (weighted mean of the dimensions present), NPS with its 95 % Wald
-- interval, SLA compliance, resolution-time percentiles and the rank in
-- the period.
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
	   nps(n.answers) AS nps, i.low AS nps_low, i.high AS nps_high,
	   responses(n.answers) AS nps_responses,
	   compliance(l.resolution_sla) AS compliance,
	   total(l.resolution_sla) AS judged,
	   l.resolved,
	   percentile(l.resolution_times, 0.5) AS resolution_p50,
	   percentile(l.resolution_times, 0.9) AS resolution_p90
  FROM dims
  FULL JOIN scorecard.nps_by_period n USING (site_code, period)
  FULL JOIN scorecard.sla_by_period l USING (site_code, period)
  LEFT JOIN LATERAL nps_interval(n.answers) i ON true;

-- Per site over every period: the period summaries merged with rollup.
CREATE VIEW scorecard.site_overall AS
SELECT s.site_code, n.answers, l.resolution_sla,
	   responses(n.answers) AS responses, promoters(n.answers) AS promoters,
	   passives(n.answers) AS passives, detractors(n.answers) AS detractors,
	   nps(n.answers) AS nps,
	   met(l.resolution_sla) AS met, breached(l.resolution_sla) AS breached,
	   compliance(l.resolution_sla) AS compliance
  FROM scorecard.site s
  LEFT JOIN (SELECT site_code, rollup(answers) AS answers
			   FROM scorecard.nps_by_period GROUP BY site_code) n USING (site_code)
  LEFT JOIN (SELECT site_code, rollup(resolution_sla) AS resolution_sla
			   FROM scorecard.sla_by_period GROUP BY site_code) l USING (site_code);
