-- Edge values for normalisation, entropy, CRITIC and TOPSIS: values near
-- the ends of the float8 range, subnormal values and weights, and
-- negative zero.  Entropy, CRITIC and TOPSIS do not change when a column
-- (or every weight) is multiplied by a constant, so each scaled case is
-- checked against the same case unscaled, and that against its
-- published value.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;
SET extra_float_digits = 0;

-- Largest absolute difference between two arrays of the same length.
CREATE FUNCTION pg_temp.max_diff(a float8[], b float8[]) RETURNS float8
LANGUAGE sql IMMUTABLE
RETURN (SELECT max(abs(u.a - u.b)) FROM unnest(a, b) u(a, b));

-- normalise_linear and normalise_rating on a scale wider than float8 can
-- hold as a difference (1e308 - -1e308): the midpoint scores 50, the
-- ends 0 and 100, three quarters 75, in both directions.
SELECT normalise_linear(0, -1e308, 1e308) AS mid,
	   normalise_linear(1e308, -1e308, 1e308) AS best,
	   normalise_linear(-1e308, -1e308, 1e308) AS worst,
	   normalise_linear(0.5e308, -1e308, 1e308) AS three_quarters,
	   normalise_linear(-1e308, 1e308, -1e308) AS lower_is_better;
SELECT normalise_rating(0, -1e308, 1e308) AS mid,
	   normalise_rating(1e308, -1e308, 1e308) AS top,
	   normalise_rating(-1e308, -1e308, 1e308) AS bottom,
	   normalise_rating(-0.5e308, -1e308, 1e308) AS one_quarter;
-- Negative zero is zero: the lowest answer scores a plain 0, not -0.
SELECT normalise_rating('-0', 0, 10)::text AS rating,
	   normalise_rating(0, '-0', 10)::text AS scale_from_negative_zero,
	   normalise_linear('-0', 0, 10)::text AS linear;

-- With two tolerances, an error names the one at fault.
SELECT normalise_band(5, 5, 10, 1, 'Infinity');
SELECT normalise_band(5, 5, 10, 'NaN', 1);
SELECT normalise_band(5, 5, 10, 0, 1);

-- entropy_weights: scikit-criteria's simple matrix [[1, 2], [4, 16]],
-- published [0.358889, 0.641111]; its first column multiplied by 1e306
-- (x ln x beyond float8), 1e-300, and 2^-1070 (subnormal), the second by
-- 1e300.  Every scaling gives the unscaled weights (to 1e-13: subnormal
-- values are scaled up by at most 2^1021, so they keep a few digits
-- fewer).
CREATE TEMP TABLE entropy_case (name text, c1 float8, c2 float8);
INSERT INTO entropy_case VALUES
 ('unscaled', 1, 1), ('1e306', 1e306, 1), ('1e-300', 1e-300, 1),
 ('2^-1070', power(2::float8, -1070), 1), ('1e300 and 1e-300', 1e-300, 1e300);
SELECT name,
	   pg_temp.max_diff(w, ARRAY[0.358889, 0.641111]) < 5e-7 AS published,
	   pg_temp.max_diff(w, (SELECT entropy_weights(x)
							  FROM (VALUES (ARRAY[1, 2]::float8[]),
										   (ARRAY[4, 16])) v(x))) < 1e-13
		 AS as_unscaled
  FROM (SELECT name, entropy_weights(ARRAY[x[1] * c1, x[2] * c2]) AS w
		  FROM entropy_case,
			   (VALUES (ARRAY[1, 2]::float8[]), (ARRAY[4, 16])) v(x)
		 GROUP BY name) e
 ORDER BY name;
-- A column of 0, 1e308, 1e308 (sums beyond float8) weighs as 0, 1, 1:
-- p = (0, 1/2, 1/2), E_1 = ln 2 / ln 3; beside it 2, 16, 16, where
-- E_2 = (ln 34 - (2 ln 2 + 32 ln 16) / 34) / ln 3 and w_1 = (1 - E_1) /
-- (2 - E_1 - E_2).
SELECT pg_temp.max_diff(scaled, unscaled) < 1e-15 AS as_unscaled,
	   abs(scaled[1] - (1 - e1) / (2 - e1 - e2)) < 1e-15 AS by_hand
  FROM (SELECT entropy_weights(ARRAY[x[1] * 1e308, x[2]]) AS scaled,
			   entropy_weights(x) AS unscaled
		  FROM (VALUES (ARRAY[0, 2]::float8[]), (ARRAY[1, 16]),
					   (ARRAY[1, 16])) v(x)) w,
	   (SELECT ln(2) / ln(3) AS e1,
			   (ln(34) - (2 * ln(2) + 32 * ln(16)) / 34) / ln(3) AS e2) e;

-- critic_weights: the five phones of the README (price, storage, camera),
-- price and storage multiplied by 1e100, 1e-100, 1e200 or 1e-200 (the
-- squares of deviations leave float8), and price spread across +-1.5e308
-- as a cost criterion.  Every scaling gives the unscaled weights.
CREATE TEMP TABLE phones (x float8[]);
INSERT INTO phones VALUES (ARRAY[250, 16, 12]), (ARRAY[200, 16, 8]),
	(ARRAY[300, 32, 16]), (ARRAY[275, 32, 8]), (ARRAY[225, 16, 16]);
SELECT s AS scale,
	   pg_temp.max_diff(critic_weights(ARRAY[x[1] * s, x[2] * s, x[3]]),
						(SELECT critic_weights(x) FROM phones)) < 1e-15
		 AS as_unscaled
  FROM phones, unnest(ARRAY[1e100, 1e-100, 1e200, 1e-200]::float8[]) s
 GROUP BY s
 ORDER BY s;
SELECT pg_temp.max_diff(
		 (SELECT critic_weights(ARRAY[(x[1] - 250) * 3e306, x[2], x[3]],
								ARRAY[false, true, true]) FROM phones),
		 (SELECT critic_weights(x, ARRAY[false, true, true]) FROM phones))
		 < 1e-15 AS cost_near_float8_limits;
-- The unscaled weights themselves, recomputed in plain SQL: population
-- standard deviation over the range, times the sum of 1 - Pearson r.
WITH cells AS (
	SELECT j, x[j] AS v, i
	  FROM (SELECT x, row_number() OVER () AS i FROM phones) p,
		   generate_series(1, 3) j
), conflict AS (
	SELECT a.j, sum(1 - r) AS conflict
	  FROM (SELECT a.j, b.j AS k, corr(a.v, b.v) AS r
			  FROM cells a JOIN cells b USING (i)
			 GROUP BY a.j, b.j) a
	 GROUP BY a.j
), c AS (
	SELECT j, stddev_pop(v) / (max(v) - min(v)) * conflict AS c
	  FROM cells JOIN conflict USING (j)
	 GROUP BY j, conflict
)
SELECT pg_temp.max_diff((SELECT critic_weights(x) FROM phones),
						(SELECT array_agg(c / (SELECT sum(c) FROM c) ORDER BY j)
						   FROM c)) < 1e-12 AS plain_sql;

-- topsis: Tzeng and Huang (2011), published closeness [0.5037, 0.6581,
-- 0.7482, 0.334] with weights 0.3, 0.4, 0.3; the same with the weights
-- 3, 4, 3 times 2^-1072 (subnormal) or times 1e307, the first criterion
-- times 1.5e307 (its vector norm beyond float8) or 1e-310, and with
-- min-max normalisation, the first criterion spread across +-1.5e308.
CREATE TEMP TABLE tzeng (alt int, x float8[]);
INSERT INTO tzeng VALUES (1, ARRAY[5, 8, 4]), (2, ARRAY[7, 6, 8]),
	(3, ARRAY[8, 8, 6]), (4, ARRAY[7, 4, 6]);
SELECT alt,
	   round(plain::numeric, 4) AS plain,
	   abs(subnormal_weights - plain) < 1e-12 AS subnormal_weights,
	   abs(huge_weights - plain) < 1e-12 AS huge_weights,
	   abs(huge_column - plain) < 1e-12 AS huge_column,
	   abs(subnormal_column - plain) < 1e-12 AS subnormal_column,
	   abs(minmax_wide - minmax) < 1e-12 AS minmax_wide
  FROM (SELECT alt,
			   topsis(x, '{0.3, 0.4, 0.3}', '{t, t, t}') OVER () AS plain,
			   topsis(x, ARRAY[3 * tiny, 4 * tiny, 3 * tiny], '{t, t, t}')
				 OVER () AS subnormal_weights,
			   topsis(x, ARRAY[3e307, 4e307, 3e307], '{t, t, t}') OVER ()
				 AS huge_weights,
			   topsis(ARRAY[x[1] * 1.5e307, x[2], x[3]], '{0.3, 0.4, 0.3}',
					  '{t, t, t}') OVER () AS huge_column,
			   topsis(ARRAY[x[1] * 1e-310, x[2], x[3]], '{0.3, 0.4, 0.3}',
					  '{t, t, t}') OVER () AS subnormal_column,
			   topsis(x, '{0.3, 0.4, 0.3}', '{t, t, t}', 'minmax') OVER ()
				 AS minmax,
			   topsis(ARRAY[(x[1] - 6.5) * 1e308, x[2], x[3]], '{0.3, 0.4, 0.3}',
					  '{t, t, t}', 'minmax') OVER () AS minmax_wide
		  FROM tzeng, power(2::float8, -1072) tiny) t
 ORDER BY alt;
-- Without normalisation, a weight of 1e300 on values of +-1e300: the
-- second criterion is constant, so the rows are the anti-ideal and the
-- ideal.
SELECT x, topsis(ARRAY[x, 1], '{1e300, 1}', '{t, t}', 'none') OVER ()
  FROM (VALUES (-1e300::float8), (1e300)) v(x) ORDER BY x;
-- A weight of -0 on one row and 0 on the others is the same weight.
SELECT alt,
	   topsis(x, CASE WHEN alt = 1 THEN '{0.3, -0, 0.3}'::float8[]
					  ELSE '{0.3, 0, 0.3}' END, '{t, t, t}') OVER ()
	   = topsis(x, '{0.3, 0, 0.3}', '{t, t, t}') OVER () AS same
  FROM tzeng ORDER BY alt;

-- Errors name the element at fault: the first NULL (here the tenth, past
-- the first byte of the NULL bitmap), and the setting that differs
-- between rows of a TOPSIS partition.
SELECT entropy_weights(ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, NULL, NULL]::float8[]);
SELECT critic_weights(ARRAY[1, 2]::float8[], ARRAY[NULL, true]);
SELECT topsis(x, '{1, 1}', b) OVER ()
  FROM (VALUES (ARRAY[1, 2]::float8[], '{t, t}'::bool[]),
			   (ARRAY[3, 1], '{t, f}')) v(x, b);
SELECT topsis(x, '{1, 1}', '{t, t}', n) OVER ()
  FROM (VALUES (ARRAY[1, 2]::float8[], 'vector'), (ARRAY[3, 1], 'minmax')) v(x, n);

-- The model's weight views take any finite weights: eight dimensions of
-- weight 1e308 (whose sum overflows float8), one of them 8e307, give
-- 1/7.8 and 0.8/7.8; subnormal weights give the equal shares they stand
-- for.  The default weights are unchanged (1/8).
BEGIN;
UPDATE indicator_link SET weight = 1e308 WHERE parent_code = 'SVCI';
UPDATE indicator_link SET weight = 8e307
 WHERE parent_code = 'SVCI' AND child_code = 'EFF';
SELECT code, abs(weight - CASE code WHEN 'EFF' THEN 0.8 ELSE 1 END / 7.8) < 1e-15
		 AS share
  FROM indicator_effective_weight WHERE kind = 'dimension' ORDER BY code;
UPDATE indicator_link SET weight = 5e-324 WHERE parent_code = 'SVCI';
SELECT count(*) AS dimensions, bool_and(weight = 0.125) AS equal_shares
  FROM indicator_effective_weight WHERE kind = 'dimension';
ROLLBACK;
SELECT count(*) AS dimensions, bool_and(weight = 0.125) AS equal_shares
  FROM indicator_effective_weight WHERE kind = 'dimension';

-- TRUNCATE would delete the default rows that DELETE may not (a restore
-- would bring them back): it is refused, for both tables, with or
-- without CASCADE.
BEGIN;
TRUNCATE indicator_link;
ROLLBACK;
BEGIN;
TRUNCATE indicator CASCADE;
ROLLBACK;
SELECT count(*) AS links FROM indicator_link;

-- AHP with reciprocals rounded to two decimals (accepted by the default
-- tolerance): lambda_max falls a little below n = 3, so CI and CR are
-- slightly negative, as the README says; with exact reciprocals the
-- same judgements are perfectly consistent (CR 0).
SELECT lambda_max < 3 AS below_n, cr < 0 AND cr > -0.01 AS slightly_negative,
	   consistent
  FROM ahp_weights(ARRAY[[1, 3, 9], [0.33, 1, 3], [0.11, 0.33, 1]]);
SELECT round(cr::numeric, 12) AS cr
  FROM ahp_weights(ARRAY[[1, 3, 9], [1/3.0, 1, 3], [1/9.0, 1/3.0, 1]]);

-- weighted_score: a product below the smallest float8 counts as 0 while
-- its weight counts (the README's limit); rescaled weights give the score.
SELECT w, round(weighted_score(s, w)::numeric, 4) AS tiny_weight,
	   weighted_score(s, w * 2 ^ 1000) AS rescaled
  FROM (VALUES (0.3::float8, 1e-320::float8), (0.3, 5e-324)) v(s, w)
 GROUP BY w ORDER BY w;
