-- weighted_score's exact sums at the edges of float8: cancellation,
-- correct rounding of the totals, subnormal values and totals beyond the
-- range of float8.  Each expected value is written as a float8 expression
-- that holds it exactly.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;

-- cancellation to exactly zero, where float8 summing in this order
-- leaves 2^-55 behind
SELECT weighted_score(s, 1 ORDER BY i) AS exact, sum(s ORDER BY i) AS float8_sum
  FROM (VALUES (1, 0.1::float8), (2, 0.2), (3, -0.1), (4, -0.2)) v(i, s);
-- the exact total of 0.1 + 0.2 - 0.3, as float8 holds them, is 2^-55:
-- the mean of the three is 2^-55 / 3
SELECT weighted_score(s, 1) = 2 ^ -55::float8 / 3 AS exact
  FROM (VALUES (1, 0.1::float8), (2, 0.2), (3, -0.3)) v(i, s);
-- 1 + 2^-53 + 2^-53 is exactly 1 + 2^-52, so the mean of the three is
-- (1 + 2^-52) / 3; summing in float8 loses both halves (ties to even) and
-- gives 1 / 3
SELECT weighted_score(s, 1) = (1 + 2 ^ -52::float8) / 3 AS exact,
       weighted_score(s, 1) = 1 / 3::float8 AS like_float8
  FROM (VALUES (1, 1::float8), (2, 2 ^ -53::float8), (3, 2 ^ -53::float8)) v(i, s);
-- a total just above a halfway point rounds up: 1 + 2^-53 + 2^-106 lies
-- above the midpoint between 1 and 1 + 2^-52, so the total is 1 + 2^-52
-- (the bit 2^-106 far below decides it); the same negated
SELECT weighted_score(s, 1) = (1 + 2 ^ -52::float8) / 3 AS rounds_up,
       weighted_score(-s, 1) = -(1 + 2 ^ -52::float8) / 3 AS negated
  FROM (VALUES (1, 1::float8), (2, 2 ^ -53::float8), (3, 2 ^ -106::float8)) v(i, s);
-- ... and exactly at the midpoint, ties go to even: the total is 1, the
-- mean 1/2
SELECT weighted_score(s, 1) = 1 / 2::float8 AS ties_to_even
  FROM (VALUES (1, 1::float8), (2, 2 ^ -53::float8)) v(i, s);
-- subnormal scores, and subnormal weights
SELECT weighted_score(s, 1) AS subnormal_mean
  FROM (VALUES (1, 5e-324::float8), (2, 5e-324)) v(i, s);
SELECT weighted_score(s, w) AS subnormal_weights
  FROM (VALUES (1, 10::float8, 5e-324::float8), (2, 40, 1.5e-323)) v(i, s, w);
-- totals beyond the range of float8 still give their finite mean (a
-- float8 sum stops with an overflow error): (1e308 + 1e308 - 1e308) / 3,
-- and weights summing to 3e308 (mean of 0.1, 0.4, 0.7: 0.4, to the
-- rounding of the products 0.1 * 1e308 and so on)
SELECT weighted_score(s, 1) = 1e308 / 3 AS huge_scores
  FROM (VALUES (1, 1e308::float8), (2, 1e308), (3, -1e308)) v(i, s);
SELECT weighted_score(s, w) AS huge_weights
  FROM (VALUES (1, 0.1::float8, 1e308::float8), (2, 0.4, 1e308),
               (3, 0.7, 1e308)) v(i, s, w);
-- mixed magnitudes: 1e300 * 1e-300 and the like
SELECT weighted_score(s, w) AS mixed
  FROM (VALUES (1, 1e-300::float8, 1e300::float8), (2, 3e-300, 1e300)) v(i, s, w);
