-- entropy_weights: published values, the plain-SQL formula, and the edge
-- cases of the method (log 0, constant columns, rows versus columns).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;
SET extra_float_digits = 0;

-- scikit-criteria test_EntropyWeighter_simple_matrix: [[1, 2], [4, 16]]
-- gives [0.358889, 0.641111].  Same convention as svcindex: entropy of
-- p = x / column sum in base m (scipy.stats.entropy(col, base=m)),
-- w proportional to 1 - E; scikit-criteria ignores the objectives, and so
-- does svcindex (entropy measures spread, not direction).
SELECT w, abs(w[1] - 0.35888879048891087) < 1e-12
		  AND abs(w[2] - 0.6411112095110891) < 1e-12 AS matches_published
  FROM (SELECT entropy_weights(x) AS w
		  FROM (VALUES (ARRAY[1, 2]::float8[]), (ARRAY[4, 16])) v(x)) s;

-- A matrix with zeros (0 ln 0 = 0) against the formula written in SQL.
CREATE TEMP TABLE entropy_matrix (alt int, x float8[]);
INSERT INTO entropy_matrix VALUES
	(1, '{0, 7, 3, 10}'), (2, '{2, 1, 3, 0}'), (3, '{4, 0, 3, 10}'),
	(4, '{9, 5, 3, 0}'), (5, '{1, 2, 3, 10}');
WITH cells AS (
	SELECT alt, j, v FROM entropy_matrix, unnest(x) WITH ORDINALITY u(v, j)
), p AS (
	SELECT j, v / sum(v) OVER (PARTITION BY j) AS p,
		   count(*) OVER (PARTITION BY j) AS m
	  FROM cells
), e AS (
	SELECT j, -sum(CASE WHEN p > 0 THEN p * ln(p) ELSE 0 END) / ln(max(m)) AS e
	  FROM p GROUP BY j
), w AS (
	SELECT j, (1 - e) / sum(1 - e) OVER () AS w FROM e
), expected AS (
	SELECT array_agg(w ORDER BY j) AS w FROM w
)
SELECT (SELECT array_agg(round(v::numeric, 10))
		  FROM unnest((SELECT entropy_weights(x) FROM entropy_matrix)) v)
		 AS weights,
	   (SELECT bool_and(abs(a - b) < 1e-12)
		  FROM unnest((SELECT entropy_weights(x) FROM entropy_matrix),
					  (SELECT w FROM expected)) u(a, b)) AS matches_sql;
-- Column 3 is constant: weight 0 exactly, not a rounding residue.
SELECT (entropy_weights(x))[3] = 0 AS constant_is_zero FROM entropy_matrix;

-- Columns are normalised, not rows: rescaling a criterion (a change of
-- unit) leaves every weight as it was; rescaling one alternative does not.
SELECT (SELECT bool_and(abs(a - b) < 1e-12)
		  FROM unnest((SELECT entropy_weights(ARRAY[x[1] * 1000, x[2], x[3] / 7, x[4]]) FROM entropy_matrix),
					  (SELECT entropy_weights(x) FROM entropy_matrix)) u(a, b))
		 AS column_scale_invariant,
	   (SELECT max(abs(a - b)) > 0.01
		  FROM unnest((SELECT entropy_weights(CASE WHEN alt = 2 THEN ARRAY[x[1] * 10, x[2] * 10, x[3] * 10, x[4] * 10] ELSE x END) FROM entropy_matrix),
					  (SELECT entropy_weights(x) FROM entropy_matrix)) u(a, b))
		 AS row_scale_changes;

-- All-zero and constant columns weigh 0, never NaN; the others share 1.
SELECT entropy_weights(x)
  FROM (VALUES (ARRAY[0, 5, 1]::float8[]), (ARRAY[0, 5, 3]), (ARRAY[0, 5, 0])) v(x);
-- One informative column takes all the weight.
SELECT entropy_weights(x)
  FROM (VALUES (ARRAY[2, 0]::float8[]), (ARRAY[2, 1])) v(x);

-- NULL arrays are skipped: the same weights as without them.
SELECT entropy_weights(x) IS NOT DISTINCT FROM
	   (SELECT entropy_weights(x) FROM (VALUES (ARRAY[1, 2]::float8[]), (ARRAY[4, 16])) v(x))
		 AS nulls_skipped
  FROM (VALUES (NULL::float8[]), (ARRAY[1, 2]), (NULL), (ARRAY[4, 16]), (NULL)) v(x);
-- No information at all gives NULL: no rows, only NULL rows, one row,
-- every column constant.
SELECT entropy_weights(x) FROM entropy_matrix WHERE false;
SELECT entropy_weights(x) FROM (VALUES (NULL::float8[]), (NULL)) v(x);
SELECT entropy_weights(x) FROM (VALUES (ARRAY[3, 4]::float8[])) v(x);
SELECT entropy_weights(x)
  FROM (VALUES (ARRAY[3, 0]::float8[]), (ARRAY[3, 0])) v(x);
-- Per group, as an ordinary aggregate.
SELECT g, entropy_weights(x)
  FROM (VALUES (1, ARRAY[1, 2]::float8[]), (1, ARRAY[4, 16]),
			   (2, ARRAY[1, 1]), (2, NULL)) v(g, x)
 GROUP BY g ORDER BY g;

-- As a window aggregate over a moving frame: each frame's weights equal
-- the aggregate of the same rows.
SELECT bool_and(w IS NOT DISTINCT FROM
				(SELECT entropy_weights(x) FROM entropy_matrix b
				  WHERE b.alt BETWEEN f.alt - 1 AND f.alt)) AS frames_match,
	   count(w) AS frames_with_weights
  FROM (SELECT alt, entropy_weights(x) OVER (ORDER BY alt ROWS 1 PRECEDING) AS w
		  FROM entropy_matrix) f;

-- Bad input: negative values, NULL elements, non-finite values, arrays
-- of differing lengths or shapes.
SELECT entropy_weights(x) FROM (VALUES (ARRAY[1, 2]::float8[]), (ARRAY[-1, 2])) v(x);
SELECT entropy_weights(x) FROM (VALUES (ARRAY[1, NULL]::float8[])) v(x);
SELECT entropy_weights(x) FROM (VALUES (ARRAY[1, 'NaN']::float8[])) v(x);
SELECT entropy_weights(x) FROM (VALUES (ARRAY[1, 'Infinity']::float8[])) v(x);
SELECT entropy_weights(x) FROM (VALUES (ARRAY[1, 2]::float8[]), (ARRAY[1, 2, 3])) v(x);
SELECT entropy_weights(x) FROM (VALUES (ARRAY[[1, 2], [3, 4]]::float8[])) v(x);
SELECT entropy_weights(x) FROM (VALUES ('{}'::float8[])) v(x);
SELECT entropy_weights(array_fill(1::float8, ARRAY[1001]));
