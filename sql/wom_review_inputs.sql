-- Word of mouth under review: inputs and statistics that once gave wrong
-- numbers or misleading errors.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;
SET extra_float_digits = 0;

-- The adjusted Wald interval of 50/30/20 at 95 %: with 0.75, 1.5 and 0.75
-- added, NPS = 30 / 103, variance = 71.5 / 103 - (30 / 103)^2, and to 40
-- digits the bounds are 14.05113017876160791... and 44.20129700570441150...
-- points (nps_cases.json: 0.1405113017876161, 0.4420129700570441); the
-- README prints the interval as below.  Within 1e-15 of those and of the
-- textbook formula over the pseudo-counts in plain SQL.
SET extra_float_digits = 1;
SELECT * FROM nps_interval('(promoters=50,passives=30,detractors=20)',
                           0.95, 'adjusted-wald');
SET extra_float_digits = 0;
SELECT abs(i.low - 14.05113017876160791) / 14.05 < 1e-15 AS low_exact,
       abs(i.high - 44.20129700570441150) / 44.2 < 1e-15 AS high_exact,
       abs(i.low - f.low) / f.low < 1e-15 AS low_as_sql,
       abs(i.high - f.high) / f.high < 1e-15 AS high_as_sql
  FROM nps_interval('(promoters=50,passives=30,detractors=20)',
                    0.95, 'adjusted-wald') AS i,
       (SELECT 100 * (p - d) / n - z * 100 * sqrt((p / n + d / n - ((p - d) / n) ^ 2) / n),
               100 * (p - d) / n + z * 100 * sqrt((p / n + d / n - ((p - d) / n) ^ 2) / n)
          FROM (VALUES (50.75::float8, 20.75::float8, 103::float8,
                        1.959963984540054::float8)) AS v(p, d, n, z))
       AS f(low, high);

-- nps_test subtracts close scores without cancellation: 100 - 99.9998 is
-- 0.0002 points (as numeric), not 0.0002000000000066393.
SELECT difference,
       difference = (100.0 * (1000000 - 0) / 1000000
                     - 100.0 * (999999 - 1) / 1000000)::float8 AS exact
  FROM nps_test('(promoters=1000000,passives=0,detractors=0)',
                '(promoters=999999,passives=0,detractors=1)');
SELECT difference,
       difference = (100.0 * 0 / 10000000 - 100.0 * 2 / 10000000)::float8
         AS exact
  FROM nps_test('(promoters=5000000,passives=0,detractors=5000000)',
                '(promoters=5000001,passives=0,detractors=4999999)');
-- and keeps the sign and the plain value elsewhere
SELECT difference FROM nps_test('(promoters=40,passives=30,detractors=30)',
                                '(promoters=50,passives=30,detractors=20)');
SET extra_float_digits = 0;

-- Kish's effective sample size never exceeds the number of answers: equal
-- decimal weights gave 3.0000000000000004 answers out of 3 by rounding.
SELECT count(*) AS groups,
       count(*) FILTER (WHERE effective_responses(s) > responses(s))
         AS above_answers,
       count(*) FILTER (WHERE effective_responses(s) < 1) AS below_one
  FROM (SELECT n, nps_agg(n % 11, 0.1) AS s
          FROM generate_series(1, 60) AS n, generate_series(1, n) AS i
         GROUP BY n) AS g;
SELECT effective_responses(nps_agg(s, 0.1)) FROM generate_series(0, 2) AS s;

-- Weights whose squares would underflow or overflow are errors that name
-- the weight: 1e-200 gave NaN for the effective size and standard error,
-- 1e200 an overflow message about a sum that had not overflowed.
SELECT nps(s, w) FROM (VALUES (10, 1e-200::float8), (0, 1e-200)) AS v(s, w);
SELECT nps(s, w) FROM (VALUES (10, 1e200::float8)) AS v(s, w);
SELECT nps(s::numeric, w) FROM (VALUES (10, 1e-151::float8)) AS v(s, w);
-- the ends of the range, and zero, are weights
SELECT nps(s, w), effective_responses(nps_agg(s, w)), nps_stderr(nps_agg(s, w))
  FROM (VALUES (10, 1e-150::float8), (0, 1e-150), (9, 0)) AS v(s, w);
SELECT nps(s, w), effective_responses(nps_agg(s, w))
  FROM (VALUES (10, 1e150::float8), (0, 1e150)) AS v(s, w);

-- A weighted text form must be one that answers can give.
-- weight in a class without answers
SELECT '(promoters=0,passives=0,detractors=0,promoter_weight=5,passive_weight=0,detractor_weight=0,weight_squares=25)'::nps_summary;
-- sums of squares too large, too small, zero, or without weights
SELECT '(promoters=5,passives=0,detractors=5,promoter_weight=1,passive_weight=0,detractor_weight=1,weight_squares=100)'::nps_summary;
SELECT '(promoters=5,passives=0,detractors=5,promoter_weight=1,passive_weight=0,detractor_weight=1,weight_squares=4.1)'::nps_summary;
SELECT '(promoters=5,passives=0,detractors=5,promoter_weight=1,passive_weight=0,detractor_weight=1,weight_squares=0.39)'::nps_summary;
SELECT '(promoters=5,passives=0,detractors=5,promoter_weight=1,passive_weight=0,detractor_weight=1,weight_squares=0)'::nps_summary;
SELECT '(promoters=5,passives=0,detractors=5,promoter_weight=0,passive_weight=0,detractor_weight=0,weight_squares=1)'::nps_summary;
-- the bounds themselves: ten equal weights of 0.2 (0.4), one weight of 2 (4)
SELECT s, effective_responses(s), nps_stderr(s)
  FROM (VALUES ('(promoters=5,passives=0,detractors=5,promoter_weight=1,passive_weight=0,detractor_weight=1,weight_squares=0.4)'::nps_summary),
               ('(promoters=5,passives=0,detractors=5,promoter_weight=1,passive_weight=0,detractor_weight=1,weight_squares=4)')) AS v(s);
-- zero weights throughout, and -0 read as 0
SELECT '(promoters=2,passives=0,detractors=1,promoter_weight=0,passive_weight=0,detractor_weight=0,weight_squares=0)'::nps_summary;
SELECT '(promoters=1,passives=2,detractors=3,promoter_weight=-0,passive_weight=1,detractor_weight=1,weight_squares=2)'::nps_summary;
SELECT '(promoters=1,passives=2,detractors=3,promoter_weight=0,passive_weight=1,detractor_weight=1,weight_squares=-1)'::nps_summary;

-- Every summary the aggregate makes reads back as itself.
SELECT count(*) AS groups,
       count(*) FILTER (WHERE s::text::nps_summary::text = s::text) AS round_trips
  FROM (SELECT i % 100 AS g,
               nps_agg(i % 11, CASE WHEN i % 17 = 0 THEN 0
                                    ELSE exp((i % 23) - 11.5) * 0.3 END) AS s
          FROM generate_series(1, 20000) AS i
         GROUP BY 1) AS t;

-- Shares are divided once from the class counts, as the NPS is: with no
-- detractors the promoter share is the NPS (1/2/0 gave 33.33333333333333
-- against 33.333333333333336), and every share is what 100.0 * count /
-- responses gives in SQL.
SELECT count(*) AS summaries,
       count(*) FILTER (WHERE detractors(s) = 0 AND promoter_share(s) <> nps(s))
         AS promoters_only_differ,
       count(*) FILTER (WHERE promoters(s) = 0 AND -detractor_share(s) <> nps(s))
         AS detractors_only_differ,
       count(*) FILTER (
           WHERE promoter_share(s) <> 100.0::float8 * promoters(s) / responses(s)
              OR passive_share(s) <> 100.0::float8 * passives(s) / responses(s)
              OR detractor_share(s) <> 100.0::float8 * detractors(s) / responses(s))
         AS differ_from_sql
  FROM (SELECT format('(promoters=%s,passives=%s,detractors=%s)', p, a, d)::nps_summary AS s
          FROM generate_series(0, 20) AS p, generate_series(0, 20) AS a,
               generate_series(0, 20) AS d
         WHERE p + a + d > 0) AS t;
SET extra_float_digits = 1;
SELECT promoter_share(s), nps(s), promoter_share(s) = nps(s) AS equal
  FROM (VALUES ('(promoters=1,passives=2,detractors=0)'::nps_summary)) AS v(s);
SET extra_float_digits = 0;

-- Critical values at levels near 0 and 1 keep their digits: z with
-- P(|Z| <= z) = level is sqrt(2) erfinv(level), here to 17 digits (30-digit
-- arithmetic).  Taking (1 - level) / 2 first lost 7 digits at 1e-10.  The
-- summary 1/0/1 has SE = 100 sqrt(1/2), so z = high / (100 sqrt(1/2)).
SET extra_float_digits = 1;
SELECT level,
       abs((nps_interval_bounds('(promoters=1,passives=0,detractors=1)',
                                level, 'wald'))[2] / (100 * sqrt(0.5::float8))
           - z) / z < 1e-15 AS z_to_1e_15
  FROM (VALUES (1e-300::float8, 1.2533141373155003e-300::float8),
               (1e-10, 1.2533141373155003e-10),
               (0.001, 0.0012533144654325545),
               (0.3, 0.38532046640756761),
               (0.5, 0.67448975019608174),
               (0.95, 1.9599639845400539),
               (0.9999999999, 6.466951074732419),
               (0.9999999999999999, 8.2923610758135955)) AS v(level, z);
SET extra_float_digits = 0;

-- bigint answers have aggregates of their own: they once went through
-- double precision, so an answer out of range was named as another value
-- (9007199254740993 as 9007199254740992).
SELECT nps(x), nps_agg(x) FROM unnest(ARRAY[9, 10, 0, NULL]::bigint[]) AS x;
SELECT nps(x) FROM unnest(ARRAY[9007199254740993]::bigint[]) AS x;
SELECT nps(x) FROM unnest(ARRAY[-9223372036854775808]::bigint[]) AS x;
SELECT nps_agg(x) FROM unnest(ARRAY[11]::bigint[]) AS x;
SELECT i, nps(x) OVER (ORDER BY i ROWS 1 PRECEDING)
  FROM (VALUES (1, 10::bigint), (2, 0), (3, 8), (4, NULL), (5, 9)) AS t(i, x);
-- the same answers as integer and as bigint, serial and in parallel
CREATE TABLE wom_review_bigint AS
SELECT CASE WHEN i % 97 = 0 THEN NULL ELSE (i * 7919) % 11 END::bigint AS s
  FROM generate_series(1, 100000) AS i;
ANALYZE wom_review_bigint;
SELECT nps(s) AS bigint_nps, nps(s::int) AS integer_nps,
       nps_agg(s) AS bigint_summary
  FROM wom_review_bigint;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET force_parallel_mode = on;
EXPLAIN (COSTS OFF) SELECT nps(s), nps_agg(s) FROM wom_review_bigint;
SELECT nps(s) AS bigint_nps, nps_agg(s) AS bigint_summary
  FROM wom_review_bigint;
RESET force_parallel_mode;
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;
DROP TABLE wom_review_bigint;

-- The standard error keeps its digits when nearly every answer is in one
-- class: p + d - (p - d)^2 subtracted 0.998001 from 0.999 for 999
-- promoters and a passive (an error of 1.4e-14); against the same formula
-- in numeric, every summary here now agrees to 1e-15.
SELECT p, a, d,
       abs(nps_stderr(s) - se::float8) / se::float8 < 1e-15 AS stderr_to_1e_15
  FROM (SELECT p, a, d,
               format('(promoters=%s,passives=%s,detractors=%s)', p, a, d)::nps_summary AS s,
               100 * sqrt(((p + d)::numeric / (p + a + d)
                           - ((p - d)::numeric / (p + a + d)) ^ 2)
                          / (p + a + d)) AS se
          FROM (VALUES (999, 1, 0), (0, 1, 999), (999, 0, 1), (1, 0, 1),
                       (50, 30, 20), (1, 1, 1), (999999999, 1, 0),
                       (1, 999999999, 0), (123456789, 987654, 5555555))
               AS v(p, a, d)) AS t;
