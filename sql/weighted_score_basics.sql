-- weighted_score(score, weight) = sum(w * s) / sum(w) over the rows where
-- both are present.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;

-- (80 * 1 + 60 * 3) / (1 + 3) = 260 / 4 = 65
SELECT weighted_score(s, w) FROM (VALUES (80, 1), (60, 3)) v(s, w);
-- a missing score does not pull the score down: 80, where plain
-- sum(s * w) / sum(w) gives 80 / 4 = 20
SELECT weighted_score(s, w), sum(s * w) / sum(w) AS plain_sql
  FROM (VALUES (80, 1), (NULL, 3)) v(s, w);
-- The fault kind "NULL or zero weights silently counted as 1" of
-- reference/README.md (cases.json, indicators):
-- a NULL weight is not counted as 1 (which would give (80 + 20) / 2 = 50)
SELECT weighted_score(s, w) FROM (VALUES (80, 1), (20, NULL)) v(s, w);
-- a zero weight is not counted as 1 either: 80, not 50
SELECT weighted_score(s, w) FROM (VALUES (80, 1), (20, 0)) v(s, w);
-- every weight zero: NULL, not NaN or a division error
SELECT weighted_score(s, w) IS NULL AS is_null
  FROM (VALUES (80, 0), (20, 0)) v(s, w);
-- no rows, all NULL: NULL
SELECT weighted_score(s, w) IS NULL AS is_null
  FROM (VALUES (1.0::float8, 1.0::float8)) v(s, w) WHERE false;
SELECT weighted_score(s, w) IS NULL AS is_null
  FROM (VALUES (NULL::float8, 1.0::float8), (2, NULL)) v(s, w);
-- groups: an all-NULL group is NULL, the others their weighted means
-- (a: (90 * 2 + 70 * 1) / 3 = 83.333...; c: 50)
SELECT g, weighted_score(s, w)
  FROM (VALUES ('a', 90, 2), ('a', 70, 1), ('b', NULL, 1),
               ('c', 50, 5)) v(g, s, w)
 GROUP BY g ORDER BY g;
-- negative scores are allowed: (-10 * 1 + 30 * 1) / 2 = 10
SELECT weighted_score(s, w) FROM (VALUES (-10, 1), (30, 1)) v(s, w);

-- errors
SELECT weighted_score(s, w) FROM (VALUES (80, 1), (60, -1)) v(s, w);
SELECT weighted_score(s, w) FROM (VALUES ('NaN'::float8, 1.0::float8)) v(s, w);
SELECT weighted_score(s, w) FROM (VALUES (1.0::float8, 'NaN'::float8)) v(s, w);
SELECT weighted_score(s, w) FROM (VALUES (1.0::float8, 'Infinity'::float8)) v(s, w);
SELECT weighted_score(s, w) FROM (VALUES ('-Infinity'::float8, 0.0::float8)) v(s, w);
SELECT weighted_score(s, w) FROM (VALUES (1e300::float8, 1e10::float8)) v(s, w);

-- exact sums: 1e20 + 1 - 1e20 is 1, so the mean of the three scores is
-- 1/3, where float8 arithmetic (avg) loses the 1 and gives 0
SELECT weighted_score(s, 1) AS exact, avg(s) AS float8_avg
  FROM (VALUES (1, 1e20::float8), (2, 1), (3, -1e20)) v(i, s);

-- Exact sums: the answer does not depend on the order of the rows.  The
-- weights span 40 orders of magnitude, so a running float8 sum in one
-- order differs from one in another; weighted_score gives the same bits
-- in every order, and agrees with an exact numeric recomputation to the
-- last digit or so (the numeric sums read each float8 through its
-- shortest exact text form, since a direct cast keeps only 15 digits).
CREATE TEMP TABLE spread AS
SELECT i, (i % 97)::float8 / 7 AS s, power(10::float8, (i % 41) - 20) / 3 AS w
  FROM generate_series(1, 5000) i;
SELECT a.ws = b.ws AND b.ws = c.ws AS same_in_every_order,
       abs(a.ws - exact) / exact < 1e-15 AS matches_numeric
  FROM (SELECT weighted_score(s, w ORDER BY i) AS ws FROM spread) a,
       (SELECT weighted_score(s, w ORDER BY i DESC) AS ws FROM spread) b,
       (SELECT weighted_score(s, w ORDER BY s, w) AS ws FROM spread) c,
       (SELECT (sum((s * w)::text::numeric)
                / sum(w::text::numeric))::float8 AS exact
          FROM spread) e;
