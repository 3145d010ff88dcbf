-- Weights and ranking: entropy_weights over 1 million alternatives of 8
-- criteria in one pass, against the same formula in plain SQL; the memory
-- the aggregate holds at 10 thousand, 100 thousand and 1 million rows;
-- critic_weights and topsis against plain SQL.  Ratios are to the
-- svcindex figure of each group (ratio > 1: slower than svcindex).  There
-- is no peer PostgreSQL extension for these methods, so the plain-SQL way
-- is the comparison.

SELECT setseed(0.5);
CREATE TABLE criteria AS
SELECT i AS id, i % 100 AS site_group,
	   ARRAY[random() * 100, floor(random() * 5), 50 + 10 * sin(i),
			 exp(random() * 3), random(), random() * random(), 1 + random(),
			 floor(random() * 1000)]::float8[] AS x
  FROM generate_series(1, 1000000) i;
VACUUM ANALYZE criteria;

-- Plain SQL, entropy: one pass of sums per criterion (unnest and group),
-- then E_j = (ln S - L / S) / ln m.
\set entropy_sql 'WITH s AS (SELECT j, count(*) AS m, sum(v) AS s, sum(CASE WHEN v > 0 THEN v * ln(v) ELSE 0 END) AS l, min(v) AS lo, max(v) AS hi FROM criteria, unnest(x) WITH ORDINALITY u(v, j) GROUP BY j), d AS (SELECT j, CASE WHEN lo = hi THEN 0 ELSE 1 - (ln(s) - l / s) / ln(m) END AS d FROM s) SELECT array_agg(d / t ORDER BY j) FROM d, (SELECT sum(d) AS t FROM d) t'

-- Plain SQL, entropy with the eight criteria spelled out: one row pass,
-- sixteen sums (the fastest plain-SQL form, for a fixed width).
SELECT 'WITH s AS (SELECT count(*) AS m, '
	   || string_agg(format('sum(x[%1$s]) AS s%1$s, sum(CASE WHEN x[%1$s] > 0 THEN x[%1$s] * ln(x[%1$s]) ELSE 0 END) AS l%1$s', j), ', ')
	   || ' FROM criteria), d AS (SELECT j, 1 - (ln(s) - l / s) / ln(m) AS d FROM s, unnest(ARRAY['
	   || string_agg(format('s%s', j), ', ') || '], ARRAY['
	   || string_agg(format('l%s', j), ', ')
	   || ']) WITH ORDINALITY u(s, l, j)) SELECT array_agg(d / t ORDER BY j) FROM d, (SELECT sum(d) AS t FROM d) t'
	   AS entropy_columns_sql
  FROM generate_series(1, 8) j \gset

-- Plain SQL, CRITIC with the eight criteria spelled out: stddev_pop,
-- min, max per criterion and corr for each of the 28 pairs, in one pass.
SELECT 'WITH a AS (SELECT '
	   || (SELECT string_agg(format('stddev_pop(x[%1$s]) / (max(x[%1$s]) - min(x[%1$s])) AS sd%1$s', j), ', ')
			 FROM generate_series(1, 8) j)
	   || ', '
	   || (SELECT string_agg(format('corr(x[%s], x[%s]) AS r%s_%s', j, k, j, k), ', ')
			 FROM generate_series(1, 8) j, generate_series(1, 8) k WHERE j < k)
	   || ' FROM criteria), c AS (SELECT j, sd * conflict AS c FROM a, LATERAL (VALUES '
	   || (SELECT string_agg(format('(%s, sd%s, %s)', j, j,
									(SELECT string_agg(format('(1 - r%s_%s)', least(j, k), greatest(j, k)), ' + ')
									   FROM generate_series(1, 8) k WHERE k <> j)), ', ')
			 FROM generate_series(1, 8) j)
	   || ') v(j, sd, conflict)) SELECT array_agg(c / t ORDER BY j) FROM c, (SELECT sum(c) AS t FROM c) t'
	   AS critic_sql \gset

-- The plain-SQL forms give the same weights.
SELECT (SELECT max(abs(a - b)) FROM unnest((SELECT entropy_weights(x) FROM criteria), (:entropy_sql)) u(a, b)) < 1e-9
		 AS entropy_sql_agrees,
	   (SELECT max(abs(a - b)) FROM unnest((SELECT entropy_weights(x) FROM criteria), (:entropy_columns_sql)) u(a, b)) < 1e-9
		 AS entropy_columns_agrees,
	   (SELECT max(abs(a - b)) FROM unnest((SELECT critic_weights(x) FROM criteria), (:critic_sql)) u(a, b)) < 1e-9
		 AS critic_sql_agrees;

-- Timing: 1 million rows, parallel plans allowed (2 workers) for every
-- query alike, and entropy_weights serial too.
SELECT bench_time('entropy', 'entropy_weights', 'SELECT entropy_weights(x) FROM criteria');
SELECT bench_time('entropy', 'plain SQL, unnest and group by criterion', :'entropy_sql', 3);
SELECT bench_time('entropy', 'plain SQL, 8 criteria spelled out', :'entropy_columns_sql');
SET max_parallel_workers_per_gather = 0;
SELECT bench_time('entropy', 'entropy_weights, serial', 'SELECT entropy_weights(x) FROM criteria');
SELECT bench_time('entropy', 'plain SQL, 8 criteria spelled out, serial', :'entropy_columns_sql');
RESET max_parallel_workers_per_gather;
SELECT * FROM bench_report('entropy', 'entropy_weights');

SELECT bench_time('critic', 'critic_weights', 'SELECT critic_weights(x) FROM criteria');
SELECT bench_time('critic', 'plain SQL, 8 criteria and 28 corr() spelled out', :'critic_sql');
SELECT * FROM bench_report('critic', 'critic_weights');

-- TOPSIS over 100 partitions of 10,000 alternatives.
SELECT bench_time('topsis', 'topsis window function',
	'SELECT count(c) FROM (SELECT topsis(x, ''{1,1,1,1,1,1,1,1}'', ''{t,t,t,t,f,f,f,f}'') OVER (PARTITION BY site_group) AS c FROM criteria) s', 3);
SELECT bench_time('topsis', 'plain SQL, unnest and window sums',
	'WITH cells AS (SELECT id, site_group, j, j <= 4 AS benefit, v / sqrt(sum(v * v) OVER (PARTITION BY site_group, j)) AS v FROM criteria, unnest(x) WITH ORDINALITY u(v, j)), ideal AS (SELECT site_group, j, CASE WHEN benefit THEN max(v) ELSE min(v) END AS best, CASE WHEN benefit THEN min(v) ELSE max(v) END AS worst FROM cells GROUP BY site_group, j, benefit) SELECT count(c) FROM (SELECT sqrt(sum((v - worst) ^ 2)) / (sqrt(sum((v - best) ^ 2)) + sqrt(sum((v - worst) ^ 2))) AS c FROM cells JOIN ideal USING (site_group, j) GROUP BY id) s', 1);
SELECT * FROM bench_report('topsis', 'topsis window function');

-- Memory: the hash aggregate's peak memory for one group, serial, at
-- three table sizes.  entropy_weights keeps 4 doubles per criterion
-- whatever the row count; collecting the rows (array_agg) grows with it.
CREATE FUNCTION aggregate_memory_kb(query text) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
	plan jsonb;
BEGIN
	SET LOCAL enable_sort = off;
	SET LOCAL max_parallel_workers_per_gather = 0;
	EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON) ' || query INTO plan;
	RETURN jsonb_path_query_first(plan, 'strict $.**."Peak Memory Usage"')::int;
END
$$;
SELECT n AS rows,
	   aggregate_memory_kb(format('SELECT id %% 1, entropy_weights(x) FROM criteria WHERE id <= %s GROUP BY 1', n))
		 AS entropy_weights_kb,
	   aggregate_memory_kb(format('SELECT id %% 1, critic_weights(x) FROM criteria WHERE id <= %s GROUP BY 1', n))
		 AS critic_weights_kb,
	   aggregate_memory_kb(format('SELECT id %% 1, array_agg(x) FROM criteria WHERE id <= %s GROUP BY 1', n))
		 AS array_agg_kb
  FROM unnest(ARRAY[10000, 100000, 1000000]) n;
