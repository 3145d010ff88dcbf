-- critic_weights: published values, the plain-SQL formula, directions and
-- the edge cases of the method.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;
SET extra_float_digits = 0;

-- pymcdm TestCRITICWeights (Tus and Adali 2019): min-max scaling with every
-- criterion a benefit, Pearson correlation; published to 3 decimals
-- [0.157, 0.249, 0.168, 0.121, 0.154, 0.151] and recomputed in full in
-- mcdm_cases.json.  Same convention as critic_weights(criteria).
CREATE TEMP TABLE tus_adali (alt int, x float8[]);
INSERT INTO tus_adali VALUES
	(1, '{5000, 3, 3, 4, 3, 2}'), (2, '{680, 5, 3, 2, 2, 1}'),
	(3, '{2000, 3, 2, 3, 4, 3}'), (4, '{600, 4, 3, 1, 2, 2}'),
	(5, '{800, 2, 4, 3, 3, 4}');
SELECT array_agg(round(w::numeric, 3) ORDER BY j) AS weights,
	   bool_and(abs(w - e) < 1e-12) AS matches_recomputed
  FROM unnest((SELECT critic_weights(x) FROM tus_adali),
			  ARRAY[0.15700343204153297, 0.2494892431636414,
					0.16767524919269677, 0.12110022243022368,
					0.15409929158594757, 0.15063256158595753])
	   WITH ORDINALITY u(w, e, j);
-- The same data with criterion 1 (price) a cost: its correlations change
-- sign and every weight moves (mcdm_cases.json if_col1_treated_as_cost).
SELECT array_agg(round(w::numeric, 6) ORDER BY j) AS weights,
	   bool_and(abs(w - e) < 1e-12) AS matches_recomputed
  FROM unnest((SELECT critic_weights(x, '{f, t, t, t, t, t}') FROM tus_adali),
			  ARRAY[0.18406640733144122, 0.21302897851094368,
					0.14221416232050307, 0.15830064122283902,
					0.16838222128267458, 0.13400758933159843])
	   WITH ORDINALITY u(w, e, j);
-- Benefit and cost are not swapped: a cost criterion is the same as its
-- negation taken as a benefit, and not the same as itself as a benefit.
SELECT (SELECT bool_and(abs(a - b) < 1e-12)
		  FROM unnest((SELECT critic_weights(x, '{f, t, t, t, t, t}') FROM tus_adali),
					  (SELECT critic_weights(ARRAY[-x[1]] || x[2:6]) FROM tus_adali)) u(a, b))
		 AS cost_is_negated_benefit,
	   (SELECT max(abs(a - b)) > 0.01
		  FROM unnest((SELECT critic_weights(x, '{f, t, t, t, t, t}') FROM tus_adali),
					  (SELECT critic_weights(x) FROM tus_adali)) u(a, b))
		 AS cost_differs_from_benefit;

-- Columns are scaled, not rows: a change of unit or origin in one
-- criterion changes no weight; rescaling one alternative does.
SELECT (SELECT max(abs(a - b)) < 1e-12
		  FROM unnest((SELECT critic_weights(ARRAY[x[1] / 1000 + 7] || x[2:6]) FROM tus_adali),
					  (SELECT critic_weights(x) FROM tus_adali)) u(a, b))
		 AS column_scale_invariant,
	   (SELECT max(abs(a - b)) > 0.01
		  FROM unnest((SELECT critic_weights(CASE WHEN alt = 3 THEN ARRAY[x[1] * 2, x[2] * 2, x[3] * 2, x[4] * 2, x[5] * 2, x[6] * 2] ELSE x END) FROM tus_adali),
					  (SELECT critic_weights(x) FROM tus_adali)) u(a, b))
		 AS row_scale_changes;

-- Diakoulaki, Mavrotas and Papayannakis (1995) data, with negative values.
-- The formula in plain SQL: min-max scaled population standard deviation
-- times the sum of (1 - corr) over the other criteria.
CREATE TEMP TABLE diakoulaki (alt int, x float8[]);
INSERT INTO diakoulaki VALUES
	(1, '{61, 1.08, 4.33}'), (2, '{20.7, 0.26, 4.34}'), (3, '{16.3, 1.98, 2.53}'),
	(4, '{9.0, 3.29, 1.65}'), (5, '{5.4, 2.77, 2.33}'), (6, '{4.0, 4.12, 1.21}'),
	(7, '{-6.1, 3.52, 2.1}'), (8, '{-34.6, 3.31, 0.98}');
CREATE TEMP VIEW diakoulaki_sql AS
WITH cells AS (
	SELECT alt, j, v FROM diakoulaki, unnest(x) WITH ORDINALITY u(v, j)
), spread AS (
	SELECT j, stddev_pop(v) / (max(v) - min(v)) AS sigma, max(v) - min(v) AS range
	  FROM cells GROUP BY j
), pairs AS (
	SELECT a.j, corr(a.v, b.v) AS r
	  FROM cells a JOIN cells b ON a.alt = b.alt
	 GROUP BY a.j, b.j
), conflict AS (
	SELECT j, sum(1 - r) AS conflict FROM pairs GROUP BY j
), c AS (
	SELECT j, sigma * conflict AS c, range
	  FROM spread JOIN conflict USING (j)
)
SELECT j, c / sum(c) OVER () AS w, range FROM c;
SELECT array_agg(round(w::numeric, 10) ORDER BY j) AS weights,
	   bool_and(abs(w - e) < 1e-12) AS matches_sql
  FROM unnest((SELECT critic_weights(x) FROM diakoulaki))
	   WITH ORDINALITY u(w, j)
  JOIN (SELECT j, w AS e FROM diakoulaki_sql) s USING (j);
-- scikit-criteria (test_critic_weight_weights_diakoulaki1995determining)
-- differs: with scale=False it uses the raw standard deviations, giving
-- [0.86874234, 0.08341434, 0.04784331].  svcindex scales, as Diakoulaki et
-- al. define the method; undoing the scaling (times each range,
-- renormalised) gives back the published figures.
SELECT array_agg(round(u::numeric, 8) ORDER BY j) AS unscaled,
	   bool_and(abs(u - e) < 1e-8) AS matches_published
  FROM (SELECT j, e, c.w * range / sum(c.w * range) OVER () AS u
		  FROM unnest((SELECT critic_weights(x) FROM diakoulaki),
					  ARRAY[0.86874234, 0.08341434, 0.04784331])
			   WITH ORDINALITY c(w, e, j)
		  JOIN diakoulaki_sql s USING (j)) t;
-- scikit-criteria's corr=spearman variants use rank correlation, which
-- needs every row at once; critic_weights uses Pearson's in one pass.

-- A constant criterion weighs 0 and leaves the other weights as they are
-- without it.
SELECT (SELECT w[4] = 0 AND abs(w[1] - o[1]) < 1e-12 AND abs(w[2] - o[2]) < 1e-12
			   AND abs(w[3] - o[3]) < 1e-12
		  FROM (SELECT critic_weights(x || 5::float8) AS w,
					   critic_weights(x) AS o FROM diakoulaki) s)
		 AS constant_left_out;
-- Fewer than two varying criteria, or perfectly correlated ones: 0/0,
-- NULL.  No rows or only NULL rows: NULL.
SELECT critic_weights(x) FROM (VALUES (ARRAY[1, 5]::float8[]), (ARRAY[2, 5])) v(x);
SELECT critic_weights(x) FROM (VALUES (ARRAY[1, 2]::float8[]), (ARRAY[2, 4]), (ARRAY[3, 6])) v(x);
SELECT critic_weights(x) FROM (VALUES (ARRAY[1, 2]::float8[])) v(x);
SELECT critic_weights(x) FROM diakoulaki WHERE false;
SELECT critic_weights(x) FROM (VALUES (NULL::float8[])) v(x);
-- Perfectly opposed criteria: equal conflict, weights by spread alone.
SELECT critic_weights(x) FROM (VALUES (ARRAY[1, 6]::float8[]), (ARRAY[2, 4]), (ARRAY[3, 2])) v(x);
-- NULL arrays are skipped.
SELECT critic_weights(x) IS NOT DISTINCT FROM (SELECT critic_weights(x) FROM diakoulaki)
		 AS nulls_skipped
  FROM (SELECT x FROM diakoulaki UNION ALL SELECT NULL) s;

-- Bad input.
SELECT critic_weights(x) FROM (VALUES (ARRAY[1, 2]::float8[]), (ARRAY[1, 2, 3])) v(x);
SELECT critic_weights(x) FROM (VALUES (ARRAY[1, NULL]::float8[])) v(x);
SELECT critic_weights(x) FROM (VALUES (ARRAY['-Infinity', 2]::float8[])) v(x);
SELECT critic_weights(x, b)
  FROM (VALUES (ARRAY[1, 2]::float8[], '{t, f}'::bool[]), (ARRAY[2, 1], '{t, t}')) v(x, b);
SELECT critic_weights(x, NULL) FROM (VALUES (ARRAY[1, 2]::float8[])) v(x);
SELECT critic_weights(x, '{t}') FROM (VALUES (ARRAY[1, 2]::float8[])) v(x);
SELECT critic_weights(x, '{t, NULL}') FROM (VALUES (ARRAY[1, 2]::float8[])) v(x);
