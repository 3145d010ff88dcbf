-- What the demo prints: the load report, the scorecard per site and
-- period, and the open backlog.
\pset footer off
\pset null '-'

\echo
\echo '== Load report: rows read from each source, kept, rejected and why'
SELECT source, unit, outcome, reason, count
  FROM scorecard.load_report
 ORDER BY source, unit DESC, outcome, count DESC, reason;

\echo
\echo '== Scorecard per site and period (dimension scores and index 0-100; NPS in points with its 95 % Wald interval; SLA % of judged requests)'
SELECT site_code AS site, period, rank,
	   round(service_index::numeric, 1) AS "index",
	   round(closeness::numeric, 3) AS topsis,
	   round(att::numeric, 1) AS att, round(eff::numeric, 1) AS eff,
	   round(qua::numeric, 1) AS qua, round(pro::numeric, 1) AS pro,
	   round(con::numeric, 1) AS con, round(sat::numeric, 1) AS sat,
	   round(per::numeric, 1) AS per, round(inn::numeric, 1) AS inn,
	   round(nps::numeric, 1) AS nps,
	   round(nps_low::numeric, 1) || '..' || round(nps_high::numeric, 1)
		   AS "nps 95 %",
	   round(100 * compliance::numeric, 1) AS "sla %",
	   judged, resolved,
	   justify_hours(date_trunc('minute', resolution_p50)) AS p50,
	   justify_hours(date_trunc('minute', resolution_p90)) AS p90
  FROM scorecard.scorecard
 ORDER BY period, rank, site_code;

SELECT EXISTS (SELECT FROM scorecard.paused_clock) AS has_paused,
	   EXISTS (SELECT FROM scorecard.survey_response
				WHERE answered_at IS NULL) AS has_undated \gset
\if :has_paused
\echo
\echo '== Paused clocks: resolved requests with time spent waiting (for the caller, a supplier), not counted against their limit'
SELECT site_code AS site, resolved, paused,
	   justify_hours(date_trunc('minute', paused_time)) AS paused_time,
	   round(100 * compliance::numeric, 1) AS "sla %",
	   round(100 * compliance_unpaused::numeric, 1) AS "sla % had the clock run on"
  FROM scorecard.paused_clock
 ORDER BY site_code;
\endif

\if :has_undated
\echo
\echo '== Rated items of undated surveys, per site and category (all items merged; mean on the 1-5 scale, top-2 and bottom-2 box %)'
SELECT site_code AS site, category_code AS category, count(*) AS items,
	   responses(rollup(ratings)) AS answers,
	   round(mean(rollup(ratings))::numeric, 2) AS mean,
	   round(top_box(rollup(ratings), 2)::numeric, 1) AS "top-2 %",
	   round(bottom_box(rollup(ratings), 2)::numeric, 1) AS "bottom-2 %"
  FROM scorecard.rated_item r
 WHERE NOT EXISTS (SELECT FROM scorecard.survey_response v
					WHERE v.site_code = r.site_code AND v.answered_at IS NOT NULL)
 GROUP BY site_code, category_code
 ORDER BY site_code, category_code;
\endif

\echo
\echo '== Open backlog at each source''s extraction time'
SELECT site_code AS site, source, open_requests, overdue
  FROM scorecard.open_backlog
 ORDER BY site_code, source;
