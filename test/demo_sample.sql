-- The scorecard demo on its embedded sample: the seeded data are what the
-- generator promises, and the scorecard's figures equal plain-SQL
-- recomputations from the sample's rows, serial and parallel.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off

CREATE EXTENSION pgtap;
CREATE EXTENSION svcindex;
\ir ../demo/schema.sql
\ir ../demo/views.sql
\ir ../demo/sample.sql
\ir ../demo/rollup.sql
ANALYZE;

BEGIN;
SELECT plan(20);

-- The sample.
SELECT results_eq(
	$$SELECT site_code, count(*)::int FROM scorecard.service_request
	   GROUP BY 1 ORDER BY 1$$,
	$$VALUES ('CSC-E', 2600), ('HALL-N', 4200), ('HALL-S', 3800),
			 ('HOTLINE', 6500), ('UTIL', 3000)$$,
	'the sample has the requests its generator asks for');
SELECT is((SELECT count(*)::int FROM scorecard.service_request
			WHERE opened_at < '2025-01-01 00:00 Asia/Shanghai'
			   OR opened_at >= '2026-01-01 00:00 Asia/Shanghai'),
		  0, 'every sample request is opened in 2025, local time');
SELECT is((SELECT count(*)::int FROM scorecard.survey_response
			WHERE answered_at >= '2026-01-01 00:00 Asia/Shanghai'),
		  0, 'every sample answer is given in 2025');
SELECT is((SELECT count(*)::int FROM scorecard.service_request r
			 JOIN scorecard.site s USING (site_code)
			WHERE NOT is_business_time(s.calendar, r.opened_at)),
		  0, 'every sample request is opened in its site''s business hours');
SELECT is((SELECT count(*)::int FROM scorecard.request_time t
			 JOIN scorecard.service_request r USING (request_id)
			WHERE t.site_code = 'HOTLINE'
			  AND t.resolution_time IS DISTINCT FROM r.resolved_at - r.opened_at),
		  0, 'at the round-the-clock hotline business time is wall-clock time');
SELECT is((SELECT count(*)::int FROM scorecard.survey_rating
			WHERE score NOT IN (1, 2, 3, 4, 5)),
		  0, 'every sample rating is a point of the 1-5 scale');
SELECT is((SELECT sum(count)::int FROM scorecard.load_report),
		  (SELECT (SELECT count(*) FROM scorecard.service_request)
				  + (SELECT count(*) FROM scorecard.survey_response))::int,
		  'the load report counts every generated row');

-- The scorecard.
SELECT results_eq(
	$$SELECT site_code, period, dimensions::int FROM scorecard.scorecard
	   ORDER BY site_code$$,
	$$SELECT site_code, date '2025-01-01', 8 FROM scorecard.site
	   ORDER BY site_code$$,
	'one scorecard row per site for 2025, with all eight dimensions');
SELECT is((SELECT count(*)::int FROM scorecard.scorecard
			WHERE least(att, eff, qua, pro, con, sat, per, inn) < 0
			   OR greatest(att, eff, qua, pro, con, sat, per, inn) > 100),
		  0, 'every dimension score lies between 0 and 100');
SELECT is((SELECT max(abs(service_index
						  - (att + eff + qua + pro + con + sat + per + inn) / 8))
			 FROM scorecard.scorecard) < 1e-9,
		  true, 'with equal weights the index is the mean of the eight dimensions');
SELECT results_eq(
	$$SELECT site_code FROM scorecard.scorecard ORDER BY rank$$,
	$$SELECT site_code FROM scorecard.scorecard ORDER BY service_index DESC$$,
	'the ranking follows the index');
SELECT results_eq(
	$$SELECT site_code, round(nps::numeric, 6) FROM scorecard.scorecard
	   ORDER BY site_code$$,
	$$SELECT site_code,
			 round(100.0 * (count(*) FILTER (WHERE recommend >= 9)
							- count(*) FILTER (WHERE recommend <= 6))
				   / count(recommend), 6)
		FROM scorecard.survey_response GROUP BY 1 ORDER BY 1$$,
	'NPS per site equals a plain-SQL recount');
SELECT results_eq(
	$$SELECT site_code, resolved::int FROM scorecard.scorecard ORDER BY site_code$$,
	$$SELECT site_code, count(resolved_at)::int FROM scorecard.service_request
	   GROUP BY 1 ORDER BY 1$$,
	'resolved requests per site');

SELECT results_eq(
	$$SELECT site_code, round(closeness::numeric, 9) FROM scorecard.scorecard
	   ORDER BY site_code$$,
	$$WITH criterion AS (
		SELECT s.site_code, u.position, d.weight, u.value
		  FROM scorecard.scorecard s
		 CROSS JOIN LATERAL unnest(ARRAY[s.att, s.eff, s.qua, s.pro, s.con,
										 s.sat, s.per, s.inn])
			   WITH ORDINALITY u(value, position)
		  JOIN scorecard.dimension d ON d.position = u.position
	), weighted AS (
		SELECT site_code, position,
			   weight * value / sqrt(sum(value * value) OVER (PARTITION BY position)) AS v
		  FROM criterion
	), ideal AS (
		SELECT position, max(v) AS best, min(v) AS worst
		  FROM weighted GROUP BY position
	)
	SELECT site_code,
		   round((sqrt(sum((v - worst) ^ 2))
				  / (sqrt(sum((v - best) ^ 2)) + sqrt(sum((v - worst) ^ 2))))::numeric, 9)
	  FROM weighted JOIN ideal USING (position)
	 GROUP BY site_code ORDER BY site_code$$,
	'TOPSIS closeness equals a plain-SQL recomputation (vector normalisation)');

SELECT is((SELECT count(*)::int
			 FROM scorecard.scorecard s
			 JOIN (SELECT site_code,
						  percentile_disc(0.5) WITHIN GROUP (ORDER BY resolution_time) AS p50,
						  percentile_disc(0.9) WITHIN GROUP (ORDER BY resolution_time) AS p90
					 FROM scorecard.request_time GROUP BY site_code) d USING (site_code)
			WHERE abs(extract(epoch FROM s.resolution_p50 - d.p50)) > 0.01 * extract(epoch FROM d.p50)
			   OR abs(extract(epoch FROM s.resolution_p90 - d.p90)) > 0.01 * extract(epoch FROM d.p90)),
		  0, 'resolution-time percentiles within 1 % of percentile_disc');
SELECT results_eq(
	$$SELECT site_code, met::int, (met + breached)::int FROM scorecard.site_overall
	   ORDER BY site_code$$,
	$$SELECT site_code,
			 count(*) FILTER (WHERE resolution_time <= resolution_limit)::int,
			 count(resolution_time)::int
		FROM scorecard.request_time GROUP BY site_code ORDER BY site_code$$,
	'met and judged requests per site equal a plain-SQL count of business times');

-- Daily rollup tables merged into months equal the monthly scorecard.
CALL scorecard.refresh_daily_summary('2025-01-01');
UPDATE scorecard.report_setting SET period = 'month';
SELECT results_eq(
	$$SELECT site_code, month, nps, compliance, nps_responses::int
		FROM scorecard.monthly_summary ORDER BY site_code, month$$,
	$$SELECT site_code, period, nps, compliance, nps_responses::int
		FROM scorecard.scorecard ORDER BY site_code, period$$,
	'months merged from daily summaries equal the monthly scorecard');
UPDATE scorecard.report_setting SET period = 'year';

-- The same scorecard from a parallel plan.
CREATE TEMP TABLE serial_scorecard AS SELECT * FROM scorecard.scorecard;
CREATE TEMP TABLE serial_overall AS
SELECT site_code, compliance(s), percentile(s, 0.9) AS p90, nps(a)
  FROM (SELECT t.site_code, sla_agg(t.resolution_time, t.resolution_limit) AS s,
			   nps_agg(v.recommend) AS a
		  FROM scorecard.request_time t
		  LEFT JOIN scorecard.survey_response v USING (request_id)
		 GROUP BY t.site_code) p;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET force_parallel_mode = on;
CREATE FUNCTION pg_temp.plan_of(query text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	line	text;
	plan	text := '';
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
		plan := plan || line || E'\n';
	END LOOP;
	RETURN plan;
END
$$;
SELECT ok(pg_temp.plan_of($$SELECT t.site_code, sla_agg(t.resolution_time, t.resolution_limit),
										  nps_agg(v.recommend)
									 FROM scorecard.request_time t
									 LEFT JOIN scorecard.survey_response v USING (request_id)
									GROUP BY t.site_code$$)
		  ~ 'Gather.*Partial (Hash|Group)?Aggregate',
		  'per-site SLA and NPS summaries over the views are computed in parallel');
SELECT results_eq(
	$$SELECT site_code, compliance(s)::text, percentile(s, 0.9), nps(a)
		FROM (SELECT t.site_code, sla_agg(t.resolution_time, t.resolution_limit) AS s,
					 nps_agg(v.recommend) AS a
				FROM scorecard.request_time t
				LEFT JOIN scorecard.survey_response v USING (request_id)
			   GROUP BY t.site_code) p ORDER BY site_code$$,
	$$SELECT site_code, compliance::text, p90, nps FROM serial_overall
	   ORDER BY site_code$$,
	'the parallel per-site summaries equal the serial ones');
SELECT set_eq('SELECT * FROM scorecard.scorecard',
			  'SELECT * FROM serial_scorecard',
			  'a parallel plan gives the serial scorecard');

SELECT * FROM finish();
ROLLBACK;
