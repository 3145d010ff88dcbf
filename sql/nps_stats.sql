SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS svcindex; RESET client_min_messages;
-- NPS statistics against published values: the test file of the R
-- package NPS (brendan-r/NPS, tests/testthat/test_01_basics.R, commit
-- cd9473e5; the values of ../shared/reference/nps_cases.json), a worked
-- example checked by hand, and the normal quantiles behind the intervals.
-- The R package works on the -1..1 scale; svcindex gives points (x100),
-- so values are divided by 100 before comparing.

CREATE TABLE nps_r_case (
    expr text, promoters int, passives int, detractors int,
    quantity text, expected float8, tolerance float8);
INSERT INTO nps_r_case VALUES
    ('nps_(c(1, 2, 3))', 3, 2, 1, 'nps', 0.3333333333333333, 1e-12),
    ('nps_(c(1, 0, 0))', 0, 0, 1, 'nps', -1, 1e-12),
    ('nps_(c(0, 0, 1))', 1, 0, 0, 'nps', 1, 1e-12),
    ('nps_(c(0, 1, 0))', 0, 1, 0, 'nps', 0, 1e-12),
    ('nps(c(0, 7, 7, 9, 9, 9))', 3, 2, 1, 'nps', 0.3333333333333333, 1e-12),
    ('nps(c(0,))', 0, 0, 1, 'nps', -1, 1e-12),
    ('nps(c(10,))', 1, 0, 0, 'nps', 1, 1e-12),
    ('nps(c(7,))', 0, 1, 0, 'nps', 0, 1e-12),
    ('nps_var_(c(1, 2, 3))', 3, 2, 1, 'var', 0.5555555555555556, 1e-12),
    ('nps_var_(c(1, 0, 0))', 0, 0, 1, 'var', 0, 1e-12),
    ('nps_var_(c(0, 1, 0))', 0, 1, 0, 'var', 0, 1e-12),
    ('nps_var_(c(0, 0, 1))', 1, 0, 0, 'var', 0, 1e-12),
    ('nps_var_(c(1, 0, 1))', 1, 0, 1, 'var', 1, 1e-12),
    ('nps_var_(c(0, 1, 1))', 1, 1, 0, 'var', 0.25, 1e-12),
    ('nps_var_(c(1, 1, 1))', 1, 1, 1, 'var', 0.6666666666666666, 1e-12),
    ('nps_var(c(0, 7, 7, 9, 9, 9))', 3, 2, 1, 'var', 0.5555555555555556, 1e-12),
    ('nps_var(c(1,))', 0, 0, 1, 'var', 0, 1e-12),
    ('nps_var(c(7,))', 0, 1, 0, 'var', 0, 1e-12),
    ('nps_var(c(9,))', 1, 0, 0, 'var', 0, 1e-12),
    ('nps_var(c(1, 9))', 1, 0, 1, 'var', 1, 1e-12),
    ('nps_var(c(7, 9))', 1, 1, 0, 'var', 0.25, 1e-12),
    ('nps_var(c(0, 7, 9))', 1, 1, 1, 'var', 0.6666666666666666, 1e-12),
    ('nps_se_(c(1, 2, 3))', 3, 2, 1, 'se', 0.304, 0.001),
    ('nps_se_(c(1, 0, 0))', 0, 0, 1, 'se', 0, 1e-12),
    ('nps_se_(c(0, 1, 0))', 0, 1, 0, 'se', 0, 1e-12),
    ('nps_se_(c(0, 0, 1))', 1, 0, 0, 'se', 0, 1e-12),
    ('nps_se_(c(1, 0, 1))', 1, 0, 1, 'se', 0.707, 0.001),
    ('nps_se_(c(0, 1, 1))', 1, 1, 0, 'se', 0.354, 0.001),
    ('nps_se_(c(1, 1, 1))', 1, 1, 1, 'se', 0.471, 0.001),
    ('nps_se(c(0, 7, 7, 9, 9, 9))', 3, 2, 1, 'se', 0.304, 0.001),
    ('nps_se(c(1, 9))', 1, 0, 1, 'se', 0.707, 0.001),
    ('nps_se(c(7, 9))', 1, 1, 0, 'se', 0.354, 0.001),
    ('nps_se(c(0, 7, 9))', 1, 1, 1, 'se', 0.471, 0.001),
    ('nps(1:15, breaks = c(0, 6, 8, 15))', 7, 2, 6, 'nps', 0.06666666666666667, 1e-12),
    ('nps_var(1:15, breaks = c(0, 6, 8, 15))', 7, 2, 6, 'var', 0.8622, 0.002);

CREATE VIEW nps_r_result AS
SELECT expr, quantity, expected, tolerance,
       promoters + passives + detractors AS n,
       CASE quantity
            WHEN 'nps' THEN nps(s) / 100
            WHEN 'se' THEN nps_stderr(s) / 100
            WHEN 'var' THEN (nps_stderr(s) / 100) ^ 2 * responses(s)
       END AS got
  FROM nps_r_case,
       LATERAL (SELECT format('(promoters=%s,passives=%s,detractors=%s)',
                              promoters, passives, detractors)::nps_summary) x(s);

-- every value with at least two answers agrees within the test's tolerance
-- (1e-12 where the R test compares exactly)
SELECT expr, quantity, expected, round(got::numeric, 12) AS got,
       abs(got - expected) <= tolerance AS ok
  FROM nps_r_result
 WHERE n >= 2 OR quantity = 'nps'
 ORDER BY quantity, expr;

-- With a single answer R reports a variance and standard error of 0;
-- svcindex returns NULL, since one answer says nothing about its spread.
SELECT expr, quantity, expected AS r_value, got
  FROM nps_r_result
 WHERE n < 2 AND quantity <> 'nps'
 ORDER BY quantity, expr;

-- Worked example (nps_cases.json published_examples; cases.json C05):
-- 50 promoters, 30 passives, 20 detractors.  var = 0.7 - 0.3^2 = 0.61,
-- SE = sqrt(0.61 / 100) = 7.8102 points, 95% Wald [14.6922, 45.3078];
-- adjusted Wald: (50.75 - 20.75) / 103 = 29.1262, SE 7.6915, [14.0511,
-- 44.2013].  Margin of error = 15.308 points.
SELECT nps(s), nps_stderr(s), responses(s), effective_responses(s),
       promoter_share(s), passive_share(s), detractor_share(s),
       promoter_share(s) - detractor_share(s) = nps(s) AS shares_add_up
  FROM (SELECT '(promoters=50,passives=30,detractors=20)'::nps_summary) x(s);
SELECT abs(w.low - 14.69219192495733) < 1e-9 AS wald_low,
       abs(w.high - 45.30780807504267) < 1e-9 AS wald_high,
       abs((w.high - w.low) / 2 - 15.308) < 1e-3 AS margin,
       abs(a.low - 14.05113017876161) < 1e-9 AS adjusted_low,
       abs(a.high - 44.20129700570441) < 1e-9 AS adjusted_high,
       abs((a.low + a.high) / 2 - 100.0 * 30 / 103) < 1e-9 AS adjusted_centre
  FROM (SELECT '(promoters=50,passives=30,detractors=20)'::nps_summary) x(s),
       LATERAL nps_interval(s) w,
       LATERAL nps_interval(s, 0.95, 'adjusted-wald') a;

-- Two answers [10, 0] (C05): NPS 0, variance 1, SE = sqrt(1/2) = 70.71
-- points, 95% margin 138.59; the interval is not clipped to -100..100.
SELECT nps(s), nps_stderr(s), round(low::numeric, 2) AS low,
       round(high::numeric, 2) AS high
  FROM (SELECT nps_agg(v) FROM unnest(ARRAY[10, 0]) v) x(s),
       LATERAL nps_interval(s);

-- Too few answers: Wald needs two, the adjusted interval is defined from
-- one ([10]: (1.75 - 0.75) / 4 = 25 points, centred there).
SELECT w.low IS NULL AS wald_null, (a.low + a.high) / 2 AS adjusted_centre
  FROM (SELECT '(promoters=1,passives=0,detractors=0)'::nps_summary) x(s),
       LATERAL nps_interval(s) w,
       LATERAL nps_interval(s, 0.95, 'adjusted-wald') a;
SELECT nps_stderr('(promoters=1,passives=0,detractors=0)');

-- The normal quantile behind the intervals, z = half-width / SE, against
-- Python's -statistics.NormalDist().inv_cdf((1 - level) / 2).
SELECT level, abs((high - low) / 2 / nps_stderr(s) - z) < 1e-12 AS ok
  FROM (SELECT '(promoters=50,passives=30,detractors=20)'::nps_summary) x(s),
       (VALUES (0.5, 0.6744897501960817), (0.8, 1.2815515655446008),
               (0.9, 1.6448536269514726), (0.95, 1.9599639845400536),
               (0.99, 2.5758293035489), (0.999, 3.2905267314918945),
               (0.999999, 4.891638475692932)) q(level, z),
       LATERAL nps_interval(s, level);

-- Two-sample test: a = 50/30/20 (NPS 30, var 0.61), b = 40/30/30 (NPS 10,
-- var 0.7 - 0.01 = 0.69); SE = 100 sqrt(0.0061 + 0.0069) = 11.4018,
-- z = 20 / 11.4018 = 1.754116, p = erfc(z / sqrt 2) = 0.0794106.  The R
-- package reports |difference|; svcindex keeps the sign of a - b.
SELECT difference, abs(z - 1.7541160386140586) < 1e-12 AS z_ok,
       abs(p_value - 0.07941062599894225) < 1e-12 AS p_ok
  FROM nps_test('(promoters=50,passives=30,detractors=20)',
                '(promoters=40,passives=30,detractors=30)');
SELECT difference, abs(z + 1.7541160386140586) < 1e-12 AS z_ok,
       abs(p_value - 0.07941062599894225) < 1e-12 AS p_ok
  FROM nps_test('(promoters=40,passives=30,detractors=30)',
                '(promoters=50,passives=30,detractors=20)');
-- no spread in either sample: the difference, but no z or p
SELECT * FROM nps_test('(promoters=5,passives=0,detractors=0)',
                       '(promoters=0,passives=0,detractors=5)');
-- a single answer on one side
SELECT * FROM nps_test('(promoters=1,passives=0,detractors=0)',
                       '(promoters=40,passives=30,detractors=30)');

-- Weighted: weights 2, 2 (promoters) and 1, 1, 1, 1 (detractors):
-- W = 8, shares 1/2 and 1/2, NPS 0; sum w^2 = 8 + 4 = 12, so the
-- effective sample size is 64 / 12 = 5.333; var = 1, SE = 100 sqrt(1 /
-- 5.333) = 43.30 points.
SELECT nps(s), effective_responses(s), round(nps_stderr(s)::numeric, 2),
       responses(s)
  FROM (SELECT nps_agg(v, w)
          FROM (VALUES (10, 2), (9, 2), (0, 1), (1, 1), (2, 1), (3, 1)) t(v, w)) x(s);

-- Bad parameters.
SELECT * FROM nps_interval('(promoters=5,passives=1,detractors=1)', 1);
SELECT * FROM nps_interval('(promoters=5,passives=1,detractors=1)', 0);
SELECT * FROM nps_interval('(promoters=5,passives=1,detractors=1)', 'NaN');
SELECT * FROM nps_interval('(promoters=5,passives=1,detractors=1)', 0.95, 'exact');

