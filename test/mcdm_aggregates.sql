-- entropy_weights and critic_weights on generated data: the formulas
-- recomputed in plain SQL, invariance under rescaling a column across the
-- float8 range, parallel plans equal to serial ones, and the
-- topsis window function recomputed in plain SQL per partition.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off

BEGIN;
CREATE EXTENSION pgtap;
CREATE EXTENSION svcindex;
SELECT plan(24);

-- 100,000 alternatives with four criteria (one of them often 0, so that
-- 0 ln 0 is exercised), NULL rows at both ends; an ordinary table, since
-- parallel workers do not scan temporary ones.
SELECT setseed(0.25);
CREATE TABLE gen (id int, grp int, x float8[]);
INSERT INTO gen VALUES (0, 0, NULL);
INSERT INTO gen
SELECT i, i % 7,
	   ARRAY[random() * 100,
			 floor(random() * 5),
			 50 + 10 * sin(i) + random(),
			 exp(random() * 3)]
  FROM generate_series(1, 100000) i;
INSERT INTO gen VALUES (100001, 0, NULL);
ANALYZE gen;

-- 100,000 more spread across the whole float8 range (column 1 from
-- 2^-1000 to 2^1000, column 3 subnormal, column 4 up to 1e308), so that
-- parallel workers see columns of different magnitudes and bring their
-- partial states to a common scale when they are combined.
CREATE TABLE spread (id int, x float8[]);
INSERT INTO spread VALUES (0, NULL);
INSERT INTO spread
SELECT i,
	   ARRAY[random() * power(2::float8, floor(random() * 2000) - 1000),
			 random() * 100,
			 floor(random() * 1000) * power(2::float8, -1074),
			 random() * 1e308]
  FROM generate_series(1, 100000) i;
INSERT INTO spread VALUES (100001, NULL);
ANALYZE spread;

-- Maximum absolute difference between two arrays of equal length.
CREATE FUNCTION pg_temp.max_diff(a float8[], b float8[]) RETURNS float8
LANGUAGE sql IMMUTABLE
RETURN (SELECT max(abs(u.a - u.b)) FROM unnest(a, b) u(a, b));

-- Entropy in plain SQL: E_j = -sum p ln p / ln m with p = x / sum x.
CREATE TABLE entropy_sql AS
WITH cells AS (
	SELECT j, x[j] AS v FROM gen, generate_series(1, 4) j WHERE x IS NOT NULL
), e AS (
	SELECT j, (ln(sum(v)) - sum(CASE WHEN v > 0 THEN v * ln(v) ELSE 0 END) / sum(v))
			  / ln(count(*)) AS e
	  FROM cells GROUP BY j
)
SELECT array_agg((1 - e) / total ORDER BY j) AS w
  FROM e, (SELECT sum(1 - e) AS total FROM e) t;

-- CRITIC in plain SQL: stddev_pop / range times sum of (1 - corr).
CREATE TABLE critic_sql AS
WITH spread AS (
	SELECT j, stddev_pop(x[j]) / (max(x[j]) - min(x[j])) AS sigma
	  FROM gen, generate_series(1, 4) j GROUP BY j
), conflict AS (
	SELECT j, sum(1 - r) AS conflict
	  FROM (SELECT j, k, corr(x[j], x[k]) AS r
			  FROM gen, generate_series(1, 4) j, generate_series(1, 4) k
			 GROUP BY j, k) p
	 GROUP BY j
), c AS (
	SELECT j, sigma * conflict AS c FROM spread JOIN conflict USING (j)
)
SELECT array_agg(c / total ORDER BY j) AS w
  FROM c, (SELECT sum(c) AS total FROM c) t;

-- Serial results.
SET max_parallel_workers_per_gather = 0;
CREATE TABLE serial AS
SELECT entropy_weights(x) AS entropy, critic_weights(x) AS critic,
	   critic_weights(x, '{t, f, t, f}') AS critic_cost
  FROM gen;
CREATE TABLE serial_groups AS
SELECT grp, entropy_weights(x) AS entropy, critic_weights(x) AS critic
  FROM gen GROUP BY grp;
CREATE TABLE serial_spread AS
SELECT entropy_weights(x) AS entropy, critic_weights(x) AS critic,
	   entropy_weights(ARRAY[x[1] * 2 ^ 20, x[2] * 2 ^ 900, x[3] * 2 ^ 1000,
							 x[4] * 2 ^ -1000]) FILTER (WHERE x IS NOT NULL)
		 AS entropy_rescaled,
	   critic_weights(ARRAY[x[1] * 2 ^ 20, x[2] * 2 ^ 900, x[3] * 2 ^ 1000,
							x[4] * 2 ^ -1000]) FILTER (WHERE x IS NOT NULL)
		 AS critic_rescaled
  FROM spread;
CREATE TABLE serial_spread_groups AS
SELECT id % 5 AS g, entropy_weights(x) AS entropy, critic_weights(x) AS critic
  FROM spread GROUP BY 1;

SELECT cmp_ok(pg_temp.max_diff((SELECT entropy FROM serial),
							   (SELECT w FROM entropy_sql)), '<', 1e-9::float8,
			  'entropy_weights equals the plain-SQL formula on 100,000 rows');
SELECT cmp_ok(pg_temp.max_diff((SELECT critic FROM serial),
							   (SELECT w FROM critic_sql)), '<', 1e-9::float8,
			  'critic_weights equals the plain-SQL formula on 100,000 rows');
SELECT cmp_ok(pg_temp.max_diff(
				(SELECT critic_cost FROM serial),
				(SELECT critic_weights(ARRAY[x[1], -x[2], x[3], -x[4]])
				   FROM gen WHERE x IS NOT NULL)),
			  '<', 1e-12::float8,
			  'critic_weights with cost criteria equals negated benefit criteria');

SELECT is((SELECT count(*)::int
			 FROM serial_spread, unnest(entropy || critic) w
			WHERE w = 'NaN' OR w < 0 OR w > 1),
		  0, 'across the float8 range every weight is a number from 0 to 1');
SELECT cmp_ok((SELECT pg_temp.max_diff(entropy, entropy_rescaled)
				 FROM serial_spread), '<', 1e-12::float8,
			  'entropy_weights: rescaling columns by powers of two changes no weight');
SELECT cmp_ok((SELECT pg_temp.max_diff(critic, critic_rescaled)
				 FROM serial_spread), '<', 1e-12::float8,
			  'critic_weights: rescaling columns by powers of two changes no weight');

-- Parallel plans.
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET force_parallel_mode = on;

CREATE FUNCTION pg_temp.plan_of(query text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	line text;
	result text := '';
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ' || query
	LOOP
		result := result || line || E'\n';
	END LOOP;
	RETURN result;
END
$$;

SELECT matches(pg_temp.plan_of('SELECT entropy_weights(x), critic_weights(x) FROM gen'),
			   'Gather.*Partial Aggregate',
			   'the aggregates run as partial aggregates under Gather');
SELECT matches(pg_temp.plan_of('SELECT entropy_weights(x), critic_weights(x) FROM gen'),
			   'Workers Launched: [1-9]',
			   'parallel workers are launched');

CREATE TABLE parallel AS
SELECT entropy_weights(x) AS entropy, critic_weights(x) AS critic,
	   critic_weights(x, '{t, f, t, f}') AS critic_cost
  FROM gen;
SELECT cmp_ok(pg_temp.max_diff((SELECT entropy FROM parallel),
							   (SELECT entropy FROM serial)), '<', 1e-12::float8,
			  'entropy_weights: parallel equals serial');
SELECT cmp_ok(pg_temp.max_diff((SELECT critic FROM parallel),
							   (SELECT critic FROM serial)), '<', 1e-12::float8,
			  'critic_weights: parallel equals serial');
SELECT cmp_ok(pg_temp.max_diff((SELECT critic_cost FROM parallel),
							   (SELECT critic_cost FROM serial)), '<', 1e-12::float8,
			  'critic_weights with directions: parallel equals serial');
SELECT matches(pg_temp.plan_of('SELECT grp, entropy_weights(x), critic_weights(x) FROM gen GROUP BY grp'),
			   'Partial (Hash|Group)Aggregate',
			   'grouped aggregates run partially in parallel');
SELECT is((SELECT count(*)::int FROM serial_groups s
			 JOIN (SELECT grp, entropy_weights(x) AS entropy,
						  critic_weights(x) AS critic
					 FROM gen GROUP BY grp) p USING (grp)
			WHERE pg_temp.max_diff(s.entropy, p.entropy) < 1e-12
			  AND pg_temp.max_diff(s.critic, p.critic) < 1e-12),
		  7, 'grouped: parallel equals serial in every group');

SELECT ok((SELECT pg_temp.max_diff(p.entropy, s.entropy) < 1e-12
				  AND pg_temp.max_diff(p.critic, s.critic) < 1e-12
			 FROM serial_spread s,
				  (SELECT entropy_weights(x) AS entropy,
						  critic_weights(x) AS critic FROM spread) p),
		  'across the float8 range: parallel equals serial');
SELECT is((SELECT count(*)::int
			 FROM (SELECT id % 5 AS g, entropy_weights(x) AS entropy,
						  critic_weights(x) AS critic
					 FROM spread GROUP BY 1) p
			 JOIN serial_spread_groups s USING (g)
			WHERE pg_temp.max_diff(p.entropy, s.entropy) < 1e-12
			  AND pg_temp.max_diff(p.critic, s.critic) < 1e-12),
		  5, 'across the float8 range, grouped: parallel equals serial in every group');

-- Perfectly correlated criteria (x: the second is 7 times the first, the
-- third constant; y: the third falls as the first two rise).  Rounding
-- leaves such correlations a hair from 1 in a different way in each plan;
-- read as exactly 1, x is 0/0 (NULL) and y gives conflicts 2, 2 and 4 over
-- equal spreads, weights 1/4, 1/4, 1/2, in both plans.
CREATE TABLE correlated AS
SELECT ARRAY[v, 7 * v, 0] AS x, ARRAY[v, 3 * v + 1, 100 - 2 * v] AS y
  FROM (SELECT random() * 100 AS v FROM generate_series(1, 100000)) g;
ANALYZE correlated;
SELECT is((SELECT critic_weights(x) FROM correlated), NULL::float8[],
		  'perfectly correlated criteria: NULL in a parallel plan');
SELECT cmp_ok((SELECT pg_temp.max_diff(critic_weights(y), '{0.25, 0.25, 0.5}')
				 FROM correlated), '<', 1e-12::float8,
			  'perfectly correlated and opposed criteria: 1/4, 1/4, 1/2 in a parallel plan');
SET max_parallel_workers_per_gather = 0;
SELECT is((SELECT critic_weights(x) FROM correlated), NULL::float8[],
		  'perfectly correlated criteria: NULL in a serial plan');
SELECT cmp_ok((SELECT pg_temp.max_diff(critic_weights(y), '{0.25, 0.25, 0.5}')
				 FROM correlated), '<', 1e-12::float8,
			  'perfectly correlated and opposed criteria: 1/4, 1/4, 1/2 in a serial plan');
SET max_parallel_workers_per_gather = 2;

-- Rows of different lengths fail in a parallel plan as in a serial one.
CREATE TABLE ragged AS SELECT x FROM gen;
UPDATE ragged SET x = x || 1::float8 WHERE x[1] > 99.99;
ANALYZE ragged;
SELECT throws_ok('SELECT entropy_weights(x) FROM ragged', '2202E', NULL,
				 'differing lengths are an error in a parallel plan');
RESET force_parallel_mode;
RESET max_parallel_workers_per_gather;

-- TOPSIS on generated data, per partition, against plain SQL (vector and
-- min-max normalisation, criteria 2 and 4 costs).
CREATE TABLE topsis_sql AS
WITH cells AS (
	SELECT id, grp, j, x[j] AS v, (ARRAY[0.4, 0.1, 0.3, 0.2])[j] AS w,
		   j IN (1, 3) AS benefit
	  FROM gen, generate_series(1, 4) j
	 WHERE id <= 2000 AND x IS NOT NULL
), scaled AS (
	SELECT id, grp, j, benefit,
		   w * v / sqrt(sum(v * v) OVER (PARTITION BY grp, j)) AS vec,
		   w * (v - min(v) OVER (PARTITION BY grp, j))
			 / (max(v) OVER (PARTITION BY grp, j) - min(v) OVER (PARTITION BY grp, j)) AS mm
	  FROM cells
), ideal AS (
	SELECT grp, j,
		   CASE WHEN benefit THEN max(vec) ELSE min(vec) END AS vec_best,
		   CASE WHEN benefit THEN min(vec) ELSE max(vec) END AS vec_worst,
		   CASE WHEN benefit THEN max(mm) ELSE min(mm) END AS mm_best,
		   CASE WHEN benefit THEN min(mm) ELSE max(mm) END AS mm_worst
	  FROM scaled GROUP BY grp, j, benefit
)
SELECT id,
	   sqrt(sum((vec - vec_worst) ^ 2))
		 / (sqrt(sum((vec - vec_best) ^ 2)) + sqrt(sum((vec - vec_worst) ^ 2))) AS vector,
	   sqrt(sum((mm - mm_worst) ^ 2))
		 / (sqrt(sum((mm - mm_best) ^ 2)) + sqrt(sum((mm - mm_worst) ^ 2))) AS minmax
  FROM scaled JOIN ideal USING (grp, j)
 GROUP BY id;

CREATE TABLE topsis_ext AS
SELECT id,
	   topsis(x, '{0.4, 0.1, 0.3, 0.2}', '{t, f, t, f}') OVER w AS vector,
	   topsis(x, '{0.4, 0.1, 0.3, 0.2}', '{t, f, t, f}', 'minmax') OVER w AS minmax
  FROM gen WHERE id <= 2000
WINDOW w AS (PARTITION BY grp);

SELECT is((SELECT count(*)::int FROM topsis_ext WHERE vector IS NOT NULL),
		  2000, 'topsis gives a closeness to every row with criteria');
SELECT cmp_ok((SELECT max(abs(e.vector - s.vector)) FROM topsis_ext e JOIN topsis_sql s USING (id)),
			  '<', 1e-12::float8,
			  'topsis (vector) equals the plain-SQL formula in every partition');
SELECT cmp_ok((SELECT max(abs(e.minmax - s.minmax)) FROM topsis_ext e JOIN topsis_sql s USING (id)),
			  '<', 1e-12::float8,
			  'topsis (minmax) equals the plain-SQL formula in every partition');
SELECT is((SELECT count(*)::int FROM topsis_ext
			WHERE vector NOT BETWEEN 0 AND 1 OR minmax NOT BETWEEN 0 AND 1),
		  0, 'closeness lies between 0 and 1');

SELECT * FROM finish();
ROLLBACK;
