-- The embedded sample: five service sites in one city through 2025, with
-- channels, categories with time limits, requests opened in business
-- hours, survey answers on every dimension and monthly audits.  Generated
-- with a fixed seed, so every run prints the same scorecard.
SET max_parallel_workers_per_gather = 0;	-- one process, one random stream
DO $$ BEGIN PERFORM setseed(0.2025); END $$;

-- Working calendars (China, 2025: holidays and the weekend days worked in
-- exchange for them) ------------------------------------------------------
CREATE TEMP TABLE sample_calendar AS
SELECT '["2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30",
		 "2025-01-31", "2025-02-01", "2025-02-02", "2025-02-03",
		 "2025-02-04", "2025-04-04", "2025-04-05", "2025-04-06",
		 "2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04",
		 "2025-05-05", "2025-05-31", "2025-06-01", "2025-06-02",
		 "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04",
		 "2025-10-05", "2025-10-06", "2025-10-07", "2025-10-08"]'::jsonb
		   AS holidays,
	   '["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28",
		 "2025-10-11"]'::jsonb AS makeup_days;

-- An office's calendar: the same hours Monday to Friday, its own on
-- Saturday, closed on the holidays, open with weekday hours on the make-up
-- days.
CREATE FUNCTION pg_temp.office_calendar(day_hours jsonb, saturday jsonb)
RETURNS jsonb LANGUAGE sql AS $$
	SELECT jsonb_build_object(
		'tz', 'Asia/Shanghai',
		'hours', jsonb_build_object('mon', day_hours, 'tue', day_hours,
									'wed', day_hours, 'thu', day_hours,
									'fri', day_hours, 'sat', saturday),
		'holidays', c.holidays,
		'breaks', '{}'::jsonb,
		'shifts', (SELECT jsonb_object_agg(d, day_hours)
					 FROM jsonb_array_elements_text(c.makeup_days) d))
	  FROM sample_calendar c
$$;

INSERT INTO scorecard.site (site_code, name, hours) VALUES
	('HALL-N', 'North district government service hall',
	 pg_temp.office_calendar('[["09:00", "12:00"], ["13:30", "17:30"]]', '[]')),
	('HALL-S', 'South district government service hall',
	 pg_temp.office_calendar('[["09:00", "12:00"], ["13:30", "17:30"]]',
							 '[["09:00", "12:00"]]')),
	('CSC-E', 'East community service centre',
	 pg_temp.office_calendar('[["08:30", "12:00"], ["14:00", "17:30"]]',
							 '[["08:30", "12:00"], ["14:00", "17:30"]]')),
	('HOTLINE', '12345 citizen hotline',
	 jsonb_build_object('tz', 'Asia/Shanghai',
		'hours', (SELECT jsonb_object_agg(d, '[["00:00", "24:00"]]'::jsonb)
					FROM unnest('{mon,tue,wed,thu,fri,sat,sun}'::text[]) d),
		'holidays', '[]'::jsonb, 'breaks', '{}'::jsonb, 'shifts', '{}'::jsonb)),
	('UTIL', 'Water and power utility service desk',
	 pg_temp.office_calendar('[["08:00", "20:00"]]', '[]'));

INSERT INTO scorecard.channel VALUES
	('COUNTER', 'walk-in counter', false),
	('PHONE', 'telephone', false),
	('WEB', 'web portal', true),
	('APP', 'mobile app', true),
	('KIOSK', 'self-service kiosk', true);

INSERT INTO scorecard.category VALUES
	('HOUSEHOLD', 'household registration', '2 hours', '21 hours'),
	('SOCIAL_INS', 'social insurance payment', '2 hours', '35 hours'),
	('REPAIR', 'home repair', '4 hours', '14 hours'),
	('COMPLAINT', 'complaint', '1 hour', '7 hours'),
	('ENQUIRY', 'enquiry', '30 minutes', '2 hours'),
	('UTILITY_BILL', 'utility bill and meter', '1 hour', '7 hours');

-- One survey item per dimension (1-5 agreement) and four audited items.
INSERT INTO scorecard.item
	(item_code, dimension_code, obtained, name, scale_low, scale_high) VALUES
	('ATT.COURTESY', 'ATT', 'survey', 'staff were courteous and patient', 1, 5),
	('EFF.SPEED', 'EFF', 'survey', 'my matter was handled quickly', 1, 5),
	('QUA.ACCURACY', 'QUA', 'survey', 'the information and the solution were right', 1, 5),
	('PRO.INITIATIVE', 'PRO', 'survey', 'staff offered help before I asked', 1, 5),
	('CON.EASE', 'CON', 'survey', 'the service was easy to reach and to use', 1, 5),
	('SAT.OVERALL', 'SAT', 'survey', 'overall, I am satisfied with the service', 1, 5),
	('PER.TAILORED', 'PER', 'survey', 'the service fitted my own situation', 1, 5),
	('INN.NEW_WAYS', 'INN', 'survey', 'the service makes good use of new ways of working', 1, 5);
INSERT INTO scorecard.item (item_code, dimension_code, obtained, name) VALUES
	('ATT.ETIQUETTE', 'ATT', 'audit', 'mystery shopper: greeting, language, appearance'),
	('QUA.CHECKLIST', 'QUA', 'audit', 'checklist: documents and answers to standard'),
	('PRO.FEEDBACK_ACTED', 'PRO', 'audit', 'feedback collected and acted upon'),
	('INN.DIGITAL', 'INN', 'audit', 'online and self-service offer in place');

-- How each site works: a quality factor (1 = typical; higher is slower and
-- less liked), its mix of categories and channels.
CREATE TEMP TABLE sample_site (site_code text, requests int, slowness float8,
							   categories text[], channels text[]);
INSERT INTO sample_site VALUES
	('HALL-N', 4200, 1.00, '{HOUSEHOLD,SOCIAL_INS,ENQUIRY,ENQUIRY,COMPLAINT}',
	 '{COUNTER,COUNTER,COUNTER,WEB,APP,KIOSK}'),
	('HALL-S', 3800, 1.35, '{HOUSEHOLD,SOCIAL_INS,SOCIAL_INS,ENQUIRY,COMPLAINT}',
	 '{COUNTER,COUNTER,COUNTER,COUNTER,WEB,PHONE}'),
	('CSC-E', 2600, 0.85, '{REPAIR,ENQUIRY,COMPLAINT,SOCIAL_INS}',
	 '{COUNTER,COUNTER,PHONE,APP}'),
	('HOTLINE', 6500, 1.15, '{ENQUIRY,ENQUIRY,COMPLAINT,REPAIR}',
	 '{PHONE,PHONE,PHONE,APP,WEB}'),
	('UTIL', 3000, 0.95, '{UTILITY_BILL,UTILITY_BILL,REPAIR,ENQUIRY}',
	 '{COUNTER,PHONE,APP,APP,WEB}');

-- The opening hours of every site through 2025: its working intervals in
-- local time, each with the working seconds before it in the year.
CREATE TEMP TABLE sample_opening AS
WITH opening AS (
	SELECT s.site_code, d::date + (iv ->> 0)::time AS starts,
		   extract(epoch FROM (iv ->> 1)::time - (iv ->> 0)::time)::float8
			   AS seconds
	  FROM scorecard.site s
	 CROSS JOIN generate_series(date '2025-01-01', date '2025-12-31',
								interval '1 day') d
	 CROSS JOIN LATERAL jsonb_array_elements(
			CASE WHEN s.hours -> 'shifts' ? d::date::text
				 THEN s.hours -> 'shifts' -> d::date::text
				 WHEN s.hours -> 'holidays' ? d::date::text THEN '[]'::jsonb
				 ELSE coalesce(s.hours -> 'hours' -> lower(to_char(d, 'Dy')),
							   '[]'::jsonb)
			END) iv
)
SELECT site_code, array_agg(starts ORDER BY starts) AS starts,
	   array_agg(worked_before ORDER BY starts) AS worked_before,
	   sum(seconds) AS worked
  FROM (SELECT *, sum(seconds) OVER (PARTITION BY site_code ORDER BY starts)
				  - seconds AS worked_before
		  FROM opening) o
 GROUP BY site_code;

-- A standard normal deviate (Box-Muller).
CREATE FUNCTION pg_temp.gauss() RETURNS float8 LANGUAGE sql VOLATILE AS $$
	SELECT sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())
$$;

-- Requests --------------------------------------------------------------
-- Opened at moments drawn uniformly from the site's working time (a point
-- in the year's working seconds, placed in its interval by binary search);
-- first response and resolution after log-normal delays that scale with
-- the category's limit and the site's slowness.  Requests opened in the
-- last days of the year may still be open.
CREATE TEMP TABLE sample_request AS
SELECT site_code, n, slowness, category_code, channel_code,
	   date_trunc('second', starts[k] + (w - worked_before[k])
										* interval '1 second')
		   AT TIME ZONE 'Asia/Shanghai' AS opened_at
  FROM (SELECT s.site_code, g.n, s.slowness,
			   s.categories[1 + floor(random() * cardinality(s.categories))::int]
				   AS category_code,
			   s.channels[1 + floor(random() * cardinality(s.channels))::int]
				   AS channel_code,
			   random() * o.worked AS w, o.starts, o.worked_before
		  FROM sample_site s
		  JOIN sample_opening o USING (site_code)
		 CROSS JOIN generate_series(1, s.requests) g(n)) r
 CROSS JOIN LATERAL (SELECT width_bucket(r.w, r.worked_before) AS k) b;

INSERT INTO scorecard.service_request
	(source, source_key, site_code, channel_code, category_code, opened_at,
	 first_response_at, resolved_at, closed_at)
SELECT 'sample', site_code || '-' || n, site_code, channel_code,
	   category_code, opened_at,
	   CASE WHEN first_response_at < timestamptz '2026-01-01 00:00+08'
			THEN first_response_at END,
	   CASE WHEN resolved_at < timestamptz '2026-01-01 00:00+08' THEN resolved_at END,
	   CASE WHEN resolved_at < timestamptz '2026-01-01 00:00+08' THEN resolved_at END
  FROM (SELECT r.*, greatest(first_response_at, resolution_end) AS resolved_at
  FROM (SELECT r.*,
			   r.opened_at + c.response_limit * r.slowness * 0.45
							 * exp(0.7 * pg_temp.gauss()) AS first_response_at,
			   r.opened_at + c.resolution_limit * r.slowness * 0.6
							 * exp(0.9 * pg_temp.gauss()) AS resolution_end
		  FROM sample_request r
		  JOIN scorecard.category c USING (category_code)) r) r
 ORDER BY site_code, n;

-- Surveys ---------------------------------------------------------------
-- About one resolved request in four gets an answer sheet a few hours
-- after resolution.  A resident's mood depends on the site and on whether
-- the request met its limit; each dimension adds its own noise.  Some
-- questions are left blank.
CREATE TEMP TABLE sample_response AS
SELECT r.request_id, r.site_code, r.source_key,
	   r.resolved_at + random() * least(interval '48 hours',
										timestamptz '2026-01-01 00:00+08'
										- r.resolved_at) AS answered_at,
	   (1.15 - s.slowness) * 1.2
	   + CASE WHEN r.resolved_at - r.opened_at <= c.resolution_limit
			  THEN 0.5 ELSE -0.6 END
	   + 0.8 * pg_temp.gauss() AS mood
  FROM scorecard.service_request r
  JOIN scorecard.category c USING (category_code)
  JOIN sample_site s USING (site_code)
 WHERE r.resolved_at IS NOT NULL
   AND random() < 0.25
 ORDER BY r.request_id;

INSERT INTO scorecard.survey_response
	(source, source_key, site_code, request_id, answered_at, recommend)
SELECT 'sample', source_key, site_code, request_id, answered_at,
	   CASE WHEN random() >= 0.04
			THEN greatest(0, least(10, round(8 + 1.6 * mood
											 + 0.9 * pg_temp.gauss())))
	   END
  FROM sample_response
 ORDER BY request_id;

-- Dimension offsets per site give each site its own profile on the radar.
INSERT INTO scorecard.survey_rating (response_id, item_code, score)
SELECT v.response_id, i.item_code,
	   greatest(1, least(5, round(3.9 + 0.55 * s.mood
								  + 0.35 * sin(i.ord * length(s.site_code) + i.ord)
								  + 0.6 * pg_temp.gauss())))
  FROM sample_response s
  JOIN scorecard.survey_response v ON v.request_id = s.request_id
 CROSS JOIN LATERAL (SELECT item_code, row_number() OVER (ORDER BY item_code) AS ord
					   FROM scorecard.item WHERE obtained = 'survey') i
 WHERE random() >= 0.05
 ORDER BY v.response_id, i.item_code;

-- Audits: one visit per site a month, each item scored 0-100.
INSERT INTO scorecard.audit_result (site_code, visited_on, item_code, score)
SELECT s.site_code, (date '2025-01-10' + m * interval '1 month')::date,
	   i.item_code,
	   greatest(0, least(100, round(88 - 25 * (s.slowness - 1)
									+ 6 * pg_temp.gauss())))
  FROM sample_site s
 CROSS JOIN generate_series(0, 11) m
 CROSS JOIN (SELECT item_code FROM scorecard.item WHERE obtained = 'audit') i
 ORDER BY 1, 2, 3;

INSERT INTO scorecard.source VALUES ('sample', NULL, '2026-01-01 00:00+08');

INSERT INTO scorecard.load_report
SELECT 'sample', 'row', 'kept', 'generated service request', count(*)
  FROM scorecard.service_request
UNION ALL
SELECT 'sample', 'row', 'kept', 'generated survey response', count(*)
  FROM scorecard.survey_response;

RESET max_parallel_workers_per_gather;
