-- The Reference examples of README.md, one or more from each subsection,
-- with the text forms of every summary type read back: the outputs below
-- are the ones README.md prints (its dimension-score example is in
-- model_scores.sql).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;
SET extra_float_digits = 1;
SET IntervalStyle = 'postgres';
SET DateStyle = 'ISO, MDY';

-- Word of mouth and satisfaction
SELECT nps(score) FROM unnest(ARRAY[10, 9, 8, 7, 6, NULL]) AS score;
SELECT nps(score, weight)
  FROM (VALUES (10, 2.0), (0, 1.0), (8, 0.5)) AS t(score, weight);
SELECT nps_agg(score, weight)
  FROM (VALUES (10, 2.0), (0, 1.0), (8, 0.5)) AS t(score, weight);
SELECT s::text::nps_summary::text = s::text AS reads_back
  FROM (SELECT nps_agg(score, weight) AS s
          FROM (VALUES (10, 2.0), (0, 1.0), (8, 0.5)) AS t(score, weight)) x;
-- Kish's n for ten weights of 0.1: in one class as plain SQL computes it,
-- and spread over the classes.
SELECT effective_responses(nps_agg(10, 0.1)) AS one_class,
       sum(0.1::float8) ^ 2 / sum(0.1::float8 * 0.1::float8) AS plain_sql
  FROM generate_series(1, 10);
SELECT effective_responses(nps_agg(score, 0.1)) AS spread
  FROM unnest(ARRAY[10, 9, 8, 7, 6, 0, 0, 0, 0, 0]) AS score;
SELECT * FROM nps_interval('(promoters=50,passives=30,detractors=20)',
                           0.95, 'adjusted-wald');
SELECT * FROM nps_test('(promoters=50,passives=30,detractors=20)',
                       '(promoters=40,passives=30,detractors=30)');
SELECT rating_agg(score, 1, 5)
  FROM unnest(ARRAY[1, 2, 2, 3, 4, 4, 5, 5, 5]) AS score;
SELECT r::text::rating_summary::text = r::text AS reads_back, mean(r),
       stddev(r), median(r), csat(r, 4), normalised_score(r)
  FROM (SELECT '(low=1,high=5,counts=[1,2,1,2,3])'::rating_summary AS r) x;

-- Business calendars and business time
SET TimeZone = 'Asia/Shanghai';
SELECT c::text, c::text::business_calendar::text = c::text AS reads_back
  FROM (SELECT '{"tz": "Asia/Shanghai",
                 "hours": {"mon": [["09:00", "12:00"], ["13:00", "18:00"]]},
                 "holidays": ["2025-10-06"],
                 "breaks": {"2025-09-29": [["16:00", "18:00"]]}}'::business_calendar
               AS c) x;
\set cn '{"tz": "Asia/Shanghai", "hours": {"mon": [["09:00", "12:00"], ["13:00", "18:00"]], "tue": [["09:00", "12:00"], ["13:00", "18:00"]], "wed": [["09:00", "12:00"], ["13:00", "18:00"]], "thu": [["09:00", "12:00"], ["13:00", "18:00"]], "fri": [["09:00", "12:00"], ["13:00", "18:00"]]}, "holidays": ["2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04", "2025-10-05", "2025-10-06", "2025-10-07", "2025-10-08"], "shifts": {"2025-09-28": [["09:00", "12:00"], ["13:00", "18:00"]], "2025-10-11": [["09:00", "12:00"], ["13:00", "18:00"]]}}'
SELECT business_time(:'cn', '2025-09-26 09:00', '2025-10-13 09:00');
SELECT business_time(:'cn', '2025-09-29 09:00', '2025-09-30 18:00',
                     '{[2025-09-29 17:00, 2025-09-30 10:00)}');
SELECT business_deadline(:'cn', '2025-09-30 17:00', '2 hours');
SELECT next_business_time(:'cn', '2025-10-01 10:00');
SELECT business_days(:'cn', '2025-09-26', '2025-10-13');
SELECT business_days(:'cn', '2025-10-13', '2025-09-26');
SELECT add_business_days(:'cn', '2025-09-30 09:00', 5);
SELECT add_business_days(:'cn', '2025-09-30 19:00', 1);
SELECT add_business_days(:'cn', '2025-10-09 08:00', -1);
SELECT add_business_days(:'cn', '2025-10-01 10:00', 0);

-- Working days in January 2025, New Year's Day a holiday; the last
-- column counts the weekdays from 2 to 31 January in plain SQL.
SELECT date_part('epoch', business_time(
         '{"tz": "UTC", "hours": {"mon": [["00:00", "24:00"]], "tue": [["00:00", "24:00"]], "wed": [["00:00", "24:00"]], "thu": [["00:00", "24:00"]], "fri": [["00:00", "24:00"]]}, "holidays": ["2025-01-01"]}',
         '2025-01-01 00:00+00', '2025-02-01 00:00+00')) / 86400 AS working_days,
       (SELECT count(*) FROM generate_series(date '2025-01-02', date '2025-01-31',
                                             interval '1 day') AS d
         WHERE extract(isodow FROM d) < 6) AS weekdays;

-- SLA compliance and response-time percentiles
SET TimeZone = 'UTC';
CREATE TABLE readme_requests (opened timestamptz, closed timestamptz, due timestamptz);
INSERT INTO readme_requests VALUES
  ('2024-03-01 09:00', '2024-03-01 09:40', '2024-03-01 10:00'),
  ('2024-03-01 10:00', '2024-03-01 11:00', '2024-03-01 11:00'),
  ('2024-03-01 11:00', '2024-03-01 14:30', '2024-03-01 12:00'),
  ('2024-03-02 09:00', NULL,               '2024-03-02 10:00');
SELECT sla_agg(closed - opened, due - opened) FROM readme_requests;
SELECT s::text::sla_summary::text = s::text AS reads_back, total(s), met(s),
       breached(s), compliance(s), mean(s), percentile(s, 0.5) AS median,
       percentile(s, 1) AS slowest
  FROM (SELECT sla_agg(closed - opened, due - opened) s FROM readme_requests) x;
SELECT '(total=1,met=1,sum_us=2400000000,min_us=2400000000,max_us=2400000000,buckets=[1092],counts=[1])'::sla_summary;
SELECT compliance(rollup(s))
  FROM (SELECT opened::date, sla_agg(closed - opened, due - opened) s
          FROM readme_requests GROUP BY 1) daily;
DROP TABLE readme_requests;

-- Indicator model, normalisation and weighted scores
SELECT normalise_linear(45, 60, 0), normalise_linear(7, 7, 7),
       normalise_band(12, 5, 10, 4), normalise_rating(4, 1, 5);
SELECT weighted_score(s, w)
  FROM (VALUES (80, 1), (60, 3), (NULL, 2), (50, NULL)) v(s, w);
SELECT weighted_score(s, w)
  FROM (VALUES (87.5, 2), (90, 1), (70.25, 0.5)) v(s, w);

-- Weights and ranking
SELECT ahp_priority_vector(ARRAY[[1, 3], [1/3.0, 1]]);
SELECT ahp_random_index(4), ahp_random_index(4, 'donegan_dodd');
SELECT entropy_weights(criteria)
  FROM (VALUES (ARRAY[1, 2]::float8[]), (ARRAY[4, 16])) AS alternatives(criteria);
SELECT site, closeness, rank() OVER (ORDER BY closeness DESC) AS rank
  FROM (SELECT site,
               topsis(ARRAY[satisfaction, sla_met, cost_per_case],
                      ARRAY[0.5, 0.3, 0.2],
                      ARRAY[true, true, false]) OVER () AS closeness
          FROM (VALUES ('north', 8.1, 0.92, 41.0), ('south', 7.4, 0.97, 35.0),
                       ('east', 8.6, 0.88, 52.0), ('west', 6.9, 0.90, 30.0))
               AS sites(site, satisfaction, sla_met, cost_per_case)) s
 ORDER BY rank;
