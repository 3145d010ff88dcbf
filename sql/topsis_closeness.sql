-- topsis: published closeness values under each normalisation, ranks from
-- closeness, and the edge cases (zero columns, identical alternatives,
-- partitions, NULL rows).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;
SET extra_float_digits = 0;

-- scikit-criteria test_TOPSIS_tzeng2011multiple (Tzeng and Huang 2011):
-- vector normalisation, weights [0.3, 0.4, 0.3], all benefit; published
-- closeness [0.5037, 0.6581, 0.7482, 0.334] and ranks [3, 2, 1, 4].  Same
-- convention as topsis(criteria, weights, benefit).
CREATE TEMP TABLE tzeng (alt int, x float8[]);
INSERT INTO tzeng VALUES
	(1, '{5, 8, 4}'), (2, '{7, 6, 8}'), (3, '{8, 8, 6}'), (4, '{7, 4, 6}');
SELECT alt, round(closeness::numeric, 4) AS closeness,
	   rank() OVER (ORDER BY closeness DESC) AS rank
  FROM (SELECT alt, topsis(x, '{0.3, 0.4, 0.3}', '{t, t, t}') OVER () AS closeness
		  FROM tzeng) s
 ORDER BY alt;
SELECT bool_and(abs(closeness - e) < 1e-12) AS matches_recomputed
  FROM (SELECT alt, topsis(x, '{0.3, 0.4, 0.3}', '{t, t, t}') OVER () AS closeness
		  FROM tzeng) s
  JOIN unnest(ARRAY[0.5037196585795188, 0.6580847719618138,
					0.7482486599406238, 0.333997436943342])
	   WITH ORDINALITY e(e, alt) USING (alt);

-- The same closeness in plain SQL (Hwang and Yoon): columns divided by
-- their Euclidean norm, weighted, distances to the column maxima and
-- minima.
WITH cells AS (
	SELECT alt, j, v * (ARRAY[0.3, 0.4, 0.3])[j] / sqrt(sum(v * v) OVER (PARTITION BY j)) AS v
	  FROM tzeng, unnest(x) WITH ORDINALITY u(v, j)
), ideal AS (
	SELECT j, max(v) AS best, min(v) AS worst FROM cells GROUP BY j
), distance AS (
	SELECT alt, sqrt(sum((v - best) ^ 2)) AS plus, sqrt(sum((v - worst) ^ 2)) AS minus
	  FROM cells JOIN ideal USING (j) GROUP BY alt
)
SELECT bool_and(abs(minus / (plus + minus) - closeness) < 1e-12) AS matches_sql
  FROM distance
  JOIN (SELECT alt, topsis(x, '{0.3, 0.4, 0.3}', '{t, t, t}') OVER () AS closeness
		  FROM tzeng) s USING (alt);

-- pymcdm TestTOPSIS (Opricovic and Tzeng 2004): pymcdm's default min-max
-- normalisation, criterion 1 a cost; published [0.5, 0.617, 0.5].  Under
-- the vector normalisation the same data give other numbers
-- ([0.7621, 0.7222, 0.2379]), so the normalisation is named.  Ties share
-- the better rank, and the next rank is skipped (cases.json C24).
CREATE TEMP TABLE opricovic (alt int, x float8[]);
INSERT INTO opricovic VALUES (1, '{1, 3000}'), (2, '{2, 3750}'), (3, '{5, 4500}');
SELECT alt, round(minmax::numeric, 4) AS minmax,
	   rank() OVER (ORDER BY minmax DESC) AS minmax_rank,
	   round(vector::numeric, 4) AS vector,
	   abs(minmax - (ARRAY[0.5, 0.6172177814626812, 0.5])[alt]) < 1e-12 AS minmax_matches,
	   abs(vector - (ARRAY[0.7621405801238009, 0.7221778332293296, 0.23785941987619905])[alt]) < 1e-12 AS vector_matches
  FROM (SELECT alt,
			   topsis(x, '{0.5, 0.5}', '{f, t}', 'minmax') OVER () AS minmax,
			   topsis(x, '{0.5, 0.5}', '{f, t}', 'vector') OVER () AS vector
		  FROM opricovic) s
 ORDER BY alt;

-- scikit-criteria test_TOPSIS: no scaling, unit weights; published
-- [0.14639248, 0.85360752].
SELECT alt, round(topsis(x, '{1, 1, 1}', '{t, t, t}', 'none') OVER ()::numeric, 8) AS closeness
  FROM (VALUES (1, '{1, 0, 3}'::float8[]), (2, '{0, 5, 6}')) v(alt, x)
 ORDER BY alt;

-- R package MCDA, TOPSIS() help example: vector normalisation, purchase
-- price a cost.  The example prints the ideal and anti-ideal only; they
-- are checked here in plain SQL, and the closeness against the values
-- recomputed from them in mcdm_cases.json.
CREATE TEMP TABLE mcda_cars (alt int, x float8[]);
INSERT INTO mcda_cars VALUES
	(1, '{5490, 51.4, 8.5, 285}'), (2, '{6500, 70.6, 7, 288}'),
	(3, '{6489, 54.3, 7.5, 290}');
WITH cells AS (
	SELECT alt, j, v * (ARRAY[0.35, 0.25, 0.25, 0.15])[j] / sqrt(sum(v * v) OVER (PARTITION BY j)) AS v
	  FROM mcda_cars, unnest(x) WITH ORDINALITY u(v, j)
), ideal AS (
	SELECT j, CASE WHEN j = 1 THEN min(v) ELSE max(v) END AS pis,
		   CASE WHEN j = 1 THEN max(v) ELSE min(v) END AS nis
	  FROM cells GROUP BY j
)
SELECT bool_and(abs(pis - (ARRAY[0.179573776, 0.171636015, 0.159499658, 0.087302767])[j]) < 1e-9
				AND abs(nis - (ARRAY[0.212610118, 0.124958799, 0.131352659, 0.085797547])[j]) < 1e-9)
		 AS ideals_match_published
  FROM ideal;
SELECT alt, round(closeness::numeric, 6) AS closeness,
	   abs(closeness - (ARRAY[0.48168529016974637, 0.5182076658686429, 0.17795536189927288])[alt]) < 1e-12 AS matches
  FROM (SELECT alt, topsis(x, '{0.35, 0.25, 0.25, 0.15}', '{f, t, t, t}') OVER () AS closeness
		  FROM mcda_cars) s
 ORDER BY alt;

-- Ranks are ranks, not argsort positions (C24): closeness
-- [0.014, 0.61, 0.27, 0.013, 0.99] ranks [4, 2, 3, 5, 1].  With one
-- benefit criterion and no scaling the closeness is (x - min) / (max -
-- min), in the order of x.
SELECT alt, rank() OVER (ORDER BY closeness DESC) AS rank
  FROM (SELECT alt, topsis(ARRAY[x], '{1}', '{t}', 'none') OVER () AS closeness
		  FROM unnest(ARRAY[0.014, 0.61, 0.27, 0.013, 0.99]::float8[])
			   WITH ORDINALITY u(x, alt)) s
 ORDER BY alt;

-- An all-zero criterion carries no information, and no NaN (C26 A):
-- closeness [1, 0, 0.5], as with the second criterion alone.
SELECT alt, round(with_zero::numeric, 12) AS with_zero,
	   round(alone::numeric, 12) AS alone
  FROM (SELECT alt, topsis(x, '{1, 1}', '{t, t}') OVER () AS with_zero,
			   topsis(x[2:2], '{1}', '{t}') OVER () AS alone
		  FROM (VALUES (1, '{0, 3}'::float8[]), (2, '{0, 1}'), (3, '{0, 2}')) v(alt, x)) s
 ORDER BY alt;
-- Identical alternatives: the ideal is the anti-ideal, closeness 0/0 is
-- NULL (C26 B), under every normalisation.
SELECT alt, topsis(x, '{1, 1}', '{t, t}') OVER () AS vector,
	   topsis(x, '{1, 1}', '{t, t}', 'minmax') OVER () AS minmax,
	   topsis(x, '{1, 1}', '{t, t}', 'none') OVER () AS none
  FROM (VALUES (1, '{2, 5}'::float8[]), (2, '{2, 5}')) v(alt, x)
 ORDER BY alt;
-- A zero weight drops its criterion (it is not counted as 1): the same
-- closeness as without that criterion.
SELECT bool_and(abs(zero_weight - without) < 1e-12) AS zero_weight_drops_criterion
  FROM (SELECT topsis(x, '{0.3, 0, 0.3}', '{t, t, t}') OVER () AS zero_weight,
			   topsis(ARRAY[x[1], x[3]], '{0.3, 0.3}', '{t, t}') OVER () AS without
		  FROM tzeng) s;
-- Zero weights everywhere: nothing to compare, NULL.
SELECT alt, topsis(x, '{0, 0, 0}', '{t, t, t}') OVER () AS closeness
  FROM tzeng ORDER BY alt;

-- Benefit and cost are not swapped: a cost criterion equals its negation
-- taken as a benefit; columns are normalised, not rows, so a change of
-- unit in one criterion changes nothing.
SELECT bool_and(abs(cost - negated) < 1e-12) AS cost_is_negated_benefit,
	   bool_and(abs(cost - rescaled) < 1e-12) AS unit_invariant,
	   bool_and(abs(cost_minmax - rescaled_minmax) < 1e-12) AS unit_invariant_minmax
  FROM (SELECT topsis(x, '{0.35, 0.25, 0.25, 0.15}', '{f, t, t, t}') OVER () AS cost,
			   topsis(ARRAY[-x[1]] || x[2:4], '{0.35, 0.25, 0.25, 0.15}', '{t, t, t, t}') OVER () AS negated,
			   topsis(ARRAY[x[1] / 1000] || x[2:4], '{0.35, 0.25, 0.25, 0.15}', '{f, t, t, t}') OVER () AS rescaled,
			   topsis(x, '{0.35, 0.25, 0.25, 0.15}', '{f, t, t, t}', 'minmax') OVER () AS cost_minmax,
			   topsis(ARRAY[x[1] / 1000] || x[2:4], '{0.35, 0.25, 0.25, 0.15}', '{f, t, t, t}', 'minmax') OVER () AS rescaled_minmax
		  FROM mcda_cars) s;

-- Wide criteria arrays, stored with a full varlena header, and weights
-- from a subquery: each criterion repeated ten times with the same weight
-- scales both distances by sqrt(10) and leaves the closeness as it was.
CREATE TEMP TABLE tzeng_wide AS
SELECT alt, x || x || x || x || x || x || x || x || x || x AS x FROM tzeng;
SELECT bool_and(abs(wide - narrow) < 1e-12) AS wide_rows_match
  FROM (SELECT alt, topsis(x, (SELECT array_fill(0.1::float8, ARRAY[30])), array_fill(true, ARRAY[30])) OVER () AS wide
		  FROM tzeng_wide) w
  JOIN (SELECT alt, topsis(x, '{0.1, 0.1, 0.1}', '{t, t, t}') OVER () AS narrow
		  FROM tzeng) n USING (alt);

-- Each partition is ranked on its own, whatever the window's frame; a row
-- with NULL criteria gets NULL and does not count.
SELECT grp, alt, round(closeness::numeric, 4) AS closeness,
	   round(running::numeric, 4) AS with_order_by
  FROM (SELECT grp, alt,
			   topsis(x, '{0.3, 0.4, 0.3}', '{t, t, t}') OVER (PARTITION BY grp) AS closeness,
			   topsis(x, '{0.3, 0.4, 0.3}', '{t, t, t}') OVER (PARTITION BY grp ORDER BY alt) AS running
		  FROM (SELECT 'a' AS grp, alt, x FROM tzeng
				UNION ALL SELECT 'a', 5, NULL
				UNION ALL SELECT 'b', alt, x FROM tzeng WHERE alt < 4) d) s
 ORDER BY grp, alt;
-- Only NULL rows, and an empty input.
SELECT topsis(NULL, '{1}', '{t}') OVER ();
SELECT topsis(x, '{1}', '{t}') OVER () FROM tzeng WHERE false;

-- Bad input.
SELECT topsis(x, '{0.3, 0.4}', '{t, t, t}') OVER () FROM tzeng;
SELECT topsis(x, '{0.3, 0.4, 0.3}', '{t, t}') OVER () FROM tzeng;
SELECT topsis(x, '{0.3, -0.4, 0.3}', '{t, t, t}') OVER () FROM tzeng;
SELECT topsis(x, NULL, '{t, t, t}') OVER () FROM tzeng;
SELECT topsis(x, '{0.3, 0.4, 0.3}', NULL) OVER () FROM tzeng;
SELECT topsis(x, '{0.3, 0.4, 0.3}', '{t, t, t}', 'sum') OVER () FROM tzeng;
SELECT topsis(x, '{0.3, 0.4, 0.3}', '{t, t, t}', NULL) OVER () FROM tzeng;
SELECT topsis(x, ARRAY[0.3, 0.4, alt / 10.0]::float8[], '{t, t, t}') OVER () FROM tzeng;
SELECT topsis(x || 1::float8, '{0.3, 0.4, 0.3}', '{t, t, t}') OVER () FROM tzeng;
SELECT topsis(CASE WHEN alt = 2 THEN '{1, 2}' ELSE x END, '{0.3, 0.4, 0.3}', '{t, t, t}') OVER () FROM tzeng;
SELECT topsis(ARRAY[1, 'NaN']::float8[], '{1, 1}', '{t, t}') OVER ();
SELECT topsis(ARRAY[1, NULL]::float8[], '{1, 1}', '{t, t}') OVER ();
SELECT topsis(ARRAY[x, 1], '{1, 1}', '{t, t}', 'none') OVER ()
  FROM (VALUES (-1e308::float8), (1e308)) v(x);
