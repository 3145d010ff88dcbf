-- Rating summaries under review: the normalised score divided once.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;
SET extra_float_digits = 1;

-- 29 ones, 56 twos, 57 threes and 58 fives on 1..7: the mean is 3.01, so
-- the score is (3.01 - 1) / 6 x 100 = 33.5 exactly, once given as
-- 33.49999999999999 from the rounded mean.
SELECT normalised_score(r), normalised_score(r) = 33.5 AS exact
  FROM (VALUES ('(low=1,high=7,counts=[29,56,57,0,58,0,0])'::rating_summary))
       AS v(r);

-- Generated groups on three scales against the exact score in numeric,
-- 100 x sum(answer - low) / (n x (high - low)), rounded once to float8.
CREATE TABLE wom_review_rating AS
SELECT i % 997 AS g, (1 + (i::bigint * i * 7919 % 7))::int AS s
  FROM generate_series(1, 200000) AS i;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE normalised_score(r17) <>
                        (100 * sum17 / (n * 6))::float8) AS differ_1_7,
       count(*) FILTER (WHERE normalised_score(r010) <>
                        (100 * sum010 / (n * 10))::float8) AS differ_0_10,
       count(*) FILTER (WHERE normalised_score(r311) <>
                        (100 * sum311 / (n * 8))::float8) AS differ_3_11
  FROM (SELECT g, count(*)::numeric AS n,
               rating_agg(s, 1, 7) AS r17, sum(s - 1)::numeric AS sum17,
               rating_agg(s - 1, 0, 10) AS r010, sum(s - 1)::numeric AS sum010,
               rating_agg(s + 2, 3, 11) AS r311, sum(s - 1)::numeric AS sum311
          FROM wom_review_rating
         GROUP BY g) AS t;

-- The ends of the scale and counts near the 64-bit limit.
SELECT normalised_score('(low=1,high=5,counts=[3,0,0,0,0])') AS bottom,
       normalised_score('(low=1,high=5,counts=[0,0,0,0,3])') AS top,
       normalised_score('(low=0,high=10,counts=[4611686018427387903,0,0,0,0,0,0,0,0,0,4611686018427387903])') AS halves,
       normalised_score('(low=2147483640,high=2147483647,counts=[1,1,1,1,1,1,1,1])') AS high_scale;
SET extra_float_digits = 0;
DROP TABLE wom_review_rating;

-- A row whose scale or band differs from earlier rows is named with both.
SELECT csat(s, 1, 5, t) FROM (VALUES (3, 4), (4, 5)) AS v(s, t);
SELECT top_box(s, l, 5, 2) FROM (VALUES (3, 1), (4, 2)) AS v(s, l);
SELECT bottom_box(s, 1, h, 1) FROM (VALUES (3, 5), (NULL, 7), (4, 7)) AS v(s, h);
