-- The scorecard demo on the public data sets: the loaders keep or reject
-- every row with a reason, read each source's dates and time zones, and
-- the scorecard's key figures equal the values published in
-- ../shared/data/PROVENANCE.md and a plain-SQL recount of the raw rows.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off
\getenv datadir SVCINDEX_DATA

BEGIN;
CREATE EXTENSION pgtap;
CREATE EXTENSION svcindex;
\ir ../demo/schema.sql
\ir ../demo/views.sql
\ir ../demo/load.sql
SELECT plan(30);

-- No row dropped silently: the rows each loader reports equal the rows of
-- its file (PROVENANCE: row counts per file; the service desk log counts
-- events).
SELECT results_eq(
	$$SELECT source, sum(count)::int FROM scorecard.load_report
	   WHERE unit = 'row' GROUP BY source ORDER BY source$$,
	$$VALUES ('bal311', 10000), ('bos311', 2424), ('carpentries', 967),
			 ('itsm', 5998), ('nyc311', 1000), ('sf311', 10000),
			 ('somerville', 6545), ('turkiye', 5820)$$,
	'every row of every file is reported as kept or rejected');

SELECT results_eq(
	$$SELECT source, sum(count)::int FROM scorecard.load_report
	   WHERE unit = 'answer' AND reason LIKE 'rating:%'
	   GROUP BY source ORDER BY source$$,
	$$VALUES ('carpentries', 967 * 10), ('somerville', 6545 * 8),
			 ('turkiye', 5820 * 28)$$,
	'every rated question of every kept sheet is reported');

SELECT results_eq(
	$$SELECT source, reason, count::int FROM scorecard.load_report
	   WHERE outcome = 'rejected' AND unit = 'row' ORDER BY source, reason$$,
	$$VALUES ('nyc311', 'closed before opened', 10),
			 ('sf311', 'closed before opened', 129)$$,
	'the rows closed before they were opened are the only rejected rows');

SELECT is((SELECT count(*)::int FROM scorecard_load.nyc311
			WHERE to_timestamp(closed_date, 'MM/DD/YYYY HH12:MI:SS AM')
				  < to_timestamp(created_date, 'MM/DD/YYYY HH12:MI:SS AM')),
		  10, 'NYC: a recount of the raw rows finds 10 closed before created');

-- Dates, clocks and time zones.
SELECT is((SELECT opened_at FROM scorecard.service_request
			WHERE source = 'nyc311' AND source_key = '39573567'),
		  '2018-06-26 10:58:54 America/New_York'::timestamptz,
		  'NYC: a 12-hour local time is read in New York time');
SELECT is((SELECT opened_at FROM scorecard.service_request
			WHERE source = 'itsm' AND source_key = 'INC0000045'),
		  '2016-02-29 01:16:00+00'::timestamptz,
		  'service desk: day-first dates are read day first');
SELECT is((SELECT count(*)::int FROM scorecard.survey_response
			WHERE source = 'carpentries'
			  AND answered_at = '2018-09-08 15:29:00+00'),
		  1, 'Carpentries: 9/8/18 15:29 is 8 September 2018');
SELECT is((SELECT count(*)::int FROM scorecard.survey_response
			WHERE source = 'carpentries'
			  AND answered_at = '2018-09-08 03:42:00+00'),
		  1, 'Carpentries: an hour without a leading zero is read');
SELECT is((SELECT (min(answered_at)::date,
				   count(*) FILTER (WHERE answered_at < '2017-01-01 00:00+00'))::text
			 FROM scorecard.survey_response WHERE source = 'carpentries'),
		  (SELECT ('2016-06-09'::date,
				   count(*) FILTER (WHERE date ~ '^[0-9]+/[0-9]+/16 '))::text
			 FROM scorecard_load.carpentries),
		  'Carpentries: answers from 2016 are read as 2016 (two-digit years)');

-- New York: 479 requests with a due and a closing time, 427 closed on or
-- before the due time (PROVENANCE), and a recount of the raw text.
SELECT is((SELECT (met, met + breached)::text FROM scorecard.site_overall
			WHERE site_code = 'NYC'),
		  '(427,479)', 'NYC: 427 of 479 requests met their due time');
SELECT is((SELECT round(100 * compliance::numeric, 2) FROM scorecard.site_overall
			WHERE site_code = 'NYC'),
		  89.14, 'NYC: on-time share 89.14 %');
SELECT is((SELECT (count(*) FILTER (WHERE c <= d), count(*))::text
			 FROM (SELECT to_timestamp(closed_date, 'MM/DD/YYYY HH12:MI:SS AM') AS c,
						  to_timestamp(due_date, 'MM/DD/YYYY HH12:MI:SS AM') AS d
					 FROM scorecard_load.nyc311
					WHERE closed_date <> '' AND due_date <> '') raw),
		  (SELECT (met, met + breached)::text FROM scorecard.site_overall
			WHERE site_code = 'NYC'),
		  'NYC: the scorecard agrees with a recount of the raw rows');
SELECT is((SELECT sum(judged)::int FROM scorecard.scorecard
			WHERE site_code = 'NYC'),
		  479, 'NYC: the periods add up to the whole');

-- The Carpentries: 889 answers, 501 promoters, 317 passives, 71
-- detractors, NPS 48.37 (PROVENANCE), and a recount of the raw text.
SELECT is((SELECT (responses, promoters, passives, detractors)::text
			 FROM scorecard.site_overall WHERE site_code = 'CARP'),
		  '(889,501,317,71)', 'Carpentries: the NPS classes');
SELECT is((SELECT round(nps::numeric, 2) FROM scorecard.site_overall
			WHERE site_code = 'CARP'),
		  48.37, 'Carpentries: NPS 48.37');
SELECT is((SELECT round(100.0 * (count(*) FILTER (WHERE v >= 9)
								  - count(*) FILTER (WHERE v <= 6))
						/ count(*), 2)
			 FROM (SELECT likely_to_recommend::int AS v
					 FROM scorecard_load.carpentries
					WHERE likely_to_recommend <> '') raw),
		  (SELECT round(nps::numeric, 2) FROM scorecard.site_overall
			WHERE site_code = 'CARP'),
		  'Carpentries: the scorecard agrees with a recount of the raw rows');
SELECT is((SELECT sum(nps_responses)::int FROM scorecard.scorecard
			WHERE site_code = 'CARP'),
		  889, 'Carpentries: the periods add up to the whole');
SELECT is((SELECT count(*)::int FROM scorecard.survey_rating r
			 JOIN scorecard.survey_response v USING (response_id)
			WHERE v.source = 'carpentries' AND r.item_code = 'CARP.WELCOMING'),
		  967 - 58, 'Carpentries: all 909 answers to AtmosphereWelcoming are read from their labels');

-- Somerville: half points are rejected, and reported; NA and blanks are
-- not answers.
SELECT is((SELECT count::int FROM scorecard.load_report
			WHERE source = 'somerville'
			  AND reason = 'rating: between two points of the scale'),
		  (SELECT count(*)::int FROM scorecard_load.somerville s,
				  LATERAL (VALUES (s.city_services_information_2015, 5),
								  (s.schools_2011, 5), (s.schools, 5),
								  (s.police_effectiveness_2011_2013, 5),
								  (s.police_trust_2015, 5),
								  (s.streets_maintenance_2013, 5),
								  (s.streets_maintenance_2015, 5),
								  (s.community_events, 5), (s.parks_2013, 10),
								  (s.parks, 10), (s.somerville_satisfaction, 10))
						  a(raw, high)
			WHERE a.raw ~ '^[0-9]+\.5$' AND a.raw::numeric BETWEEN 1 AND a.high),
		  'Somerville: every half-point answer on a scale is reported as rejected');

-- Boston: every case is open; Boston's own flag says 2268 are overdue at
-- extraction (PROVENANCE), and so does the backlog view.
SELECT is((SELECT (open_requests, overdue)::text FROM scorecard.open_backlog
			WHERE site_code = 'BOS'),
		  '(2424,2268)', 'Boston: 2268 of 2424 open cases are overdue');

-- The service desk: one request per incident, 495 reported within SLA;
-- final priorities 757 / 85 / 33 / 15 (PROVENANCE).
SELECT is((SELECT (count(*), count(*) FILTER (WHERE sla_met_reported))::text
			 FROM scorecard.service_request WHERE source = 'itsm'),
		  '(890,495)', 'service desk: 890 incidents, 495 made their SLA');
SELECT results_eq(
	$$SELECT category_code, count(*)::int FROM scorecard.service_request
	   WHERE source = 'itsm' GROUP BY 1 ORDER BY 1$$,
	$$VALUES ('ITSM:1 - Critical', 15), ('ITSM:2 - High', 33),
			 ('ITSM:3 - Moderate', 757), ('ITSM:4 - Low', 85)$$,
	'service desk: final priorities');

-- The service desk's paused clocks, recomputed from the raw event text:
-- an event in an "Awaiting ..." state pauses the clock until the
-- incident's next update (events ordered by update time, then by
-- sys_mod_count); the resolution time round the clock is the elapsed time
-- less the pauses' overlap with it, and each priority's compliance counts
-- those times against its limit.
CREATE TEMP TABLE itsm_plain AS
WITH event AS (
	SELECT number, incident_state,
		   to_timestamp(sys_updated_at, 'DD-MM-YYYY HH24:MI') AS at,
		   lead(to_timestamp(sys_updated_at, 'DD-MM-YYYY HH24:MI'))
			   OVER (PARTITION BY number
					 ORDER BY to_timestamp(sys_updated_at, 'DD-MM-YYYY HH24:MI'),
							  sys_mod_count::int) AS until
	  FROM scorecard_load.itsm
), incident AS (
	SELECT DISTINCT ON (number) number, priority,
		   to_timestamp(opened_at, 'DD-MM-YYYY HH24:MI') AS opened,
		   CASE WHEN resolved_at <> '?'
				THEN to_timestamp(resolved_at, 'DD-MM-YYYY HH24:MI') END AS resolved
	  FROM scorecard_load.itsm
	 ORDER BY number, sys_mod_count::int DESC
)
SELECT i.number, i.priority, i.resolved - i.opened AS elapsed,
	   i.resolved - i.opened
		   - coalesce((SELECT sum(least(e.until, i.resolved) - greatest(e.at, i.opened))
						 FROM event e
						WHERE e.number = i.number
						  AND e.incident_state LIKE 'Awaiting%'
						  AND least(e.until, i.resolved) > greatest(e.at, i.opened)),
					  '0') AS net
  FROM incident i;

SELECT is((SELECT count(*)::int FROM itsm_plain p
			 JOIN scorecard.service_request r
			   ON r.source = 'itsm' AND r.source_key = p.number
			 JOIN scorecard.request_time t USING (request_id)
			WHERE t.resolution_time IS DISTINCT FROM p.net),
		  0, 'service desk: every resolution time leaves out exactly the paused spells');
SELECT is((SELECT paused::int FROM scorecard.paused_clock WHERE site_code = 'ITSM'),
		  (SELECT count(*)::int FROM itsm_plain WHERE net < elapsed),
		  'service desk: the incidents with pauses before resolution are counted');
SELECT cmp_ok((SELECT count(*)::int FROM itsm_plain WHERE net < elapsed), '>=', 100,
			  'service desk: at least 100 incidents have a paused clock');
SELECT results_eq(
	$$SELECT category_code, met(s)::int, total(s)::int
		FROM (SELECT category_code,
					 sla_agg(resolution_time, resolution_limit) AS s
				FROM scorecard.request_time WHERE site_code = 'ITSM'
			   GROUP BY 1) c ORDER BY 1$$,
	$$SELECT 'ITSM:' || p.priority,
			 count(*) FILTER (WHERE p.net <= l.resolution_limit)::int,
			 count(p.net)::int
		FROM itsm_plain p JOIN scorecard_load.itsm_limit l USING (priority)
	   GROUP BY 1 ORDER BY 1$$,
	'service desk: compliance per priority agrees with the plain recount');
SELECT is((SELECT (round(100 * compliance::numeric, 2),
				   round(100 * compliance_unpaused::numeric, 2))::text
			 FROM scorecard.paused_clock WHERE site_code = 'ITSM'),
		  (SELECT (round(100.0 * count(*) FILTER (WHERE p.net <= l.resolution_limit)
						 / count(p.net), 2),
				   round(100.0 * count(*) FILTER (WHERE p.elapsed <= l.resolution_limit)
						 / count(p.net), 2))::text
			 FROM itsm_plain p JOIN scorecard_load.itsm_limit l USING (priority)),
		  'service desk: compliance with and without the pauses');

-- Turkiye: the R row number is its own field, so the first row is
-- instructor 1, course 2, Q1 = 3; each instructor's mean over all 28
-- questions equals a plain average of the raw fields.
SELECT is((SELECT (v.site_code, v.category_code, r.score)::text
			 FROM scorecard.survey_response v
			 JOIN scorecard.survey_rating r USING (response_id)
			WHERE v.source = 'turkiye' AND v.source_key = '1'
			  AND r.item_code = 'TR.Q01'),
		  '(TR-I1,"TR:class 2",3)', 'Turkiye: the row-names column is read as such');
SELECT results_eq(
	$$SELECT site_code, responses(rollup(ratings))::int,
			 round(mean(rollup(ratings))::numeric, 6)
		FROM scorecard.rated_item WHERE site_code LIKE 'TR-%'
	   GROUP BY 1 ORDER BY 1$$,
	$$SELECT 'TR-I' || instr, count(*)::int, round(avg(q::int), 6)
		FROM scorecard_load.turkiye t,
			 unnest(ARRAY[q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12,
						  q13, q14, q15, q16, q17, q18, q19, q20, q21, q22,
						  q23, q24, q25, q26, q27, q28]) q
	   GROUP BY 1 ORDER BY 1$$,
	'Turkiye: answers and mean per instructor agree with the raw fields');

-- San Francisco: no due times, so no compliance, but resolution times.
SELECT is((SELECT (compliance IS NULL, resolved)::text
			 FROM scorecard.scorecard
			WHERE site_code = 'SFO' AND period = '2015-01-01'),
		  (SELECT (true, count(*))::text FROM scorecard.service_request
			WHERE site_code = 'SFO' AND resolved_at IS NOT NULL
			  AND opened_at >= '2015-01-01 00:00 America/Los_Angeles'
			  AND opened_at < '2016-01-01 00:00 America/Los_Angeles'),
		  'San Francisco: resolution times without a compliance figure');

SELECT * FROM finish();
ROLLBACK;
