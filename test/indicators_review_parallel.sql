-- entropy_weights and critic_weights over values spread across the whole
-- float8 range (from subnormal to near 1e308), so that parallel workers
-- see columns of different magnitudes and must bring their partial
-- states to a common scale when they are combined.  Parallel plans equal
-- serial ones, and multiplying a column by a power of two (which is
-- exact) changes no weight.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off

BEGIN;
CREATE EXTENSION pgtap;
CREATE EXTENSION svcindex;
SELECT plan(8);

-- 100,000 alternatives, NULL rows at both ends; an ordinary table, since
-- parallel workers do not scan temporary ones.  Column 1 spans 2^-1000
-- to 2^1000, column 3 is subnormal, column 4 reaches 1e308.
SELECT setseed(0.5);
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

SET max_parallel_workers_per_gather = 0;
CREATE TABLE serial AS
SELECT entropy_weights(x) AS entropy, critic_weights(x) AS critic,
	   entropy_weights(ARRAY[x[1] * 2 ^ 20, x[2] * 2 ^ 900, x[3] * 2 ^ 1000,
							 x[4] * 2 ^ -1000]) FILTER (WHERE x IS NOT NULL)
		 AS entropy_rescaled,
	   critic_weights(ARRAY[x[1] * 2 ^ 20, x[2] * 2 ^ 900, x[3] * 2 ^ 1000,
							x[4] * 2 ^ -1000]) FILTER (WHERE x IS NOT NULL)
		 AS critic_rescaled
  FROM spread;
CREATE TABLE serial_groups AS
SELECT id % 5 AS g, entropy_weights(x) AS e, critic_weights(x) AS c
  FROM spread GROUP BY 1;

SELECT is((SELECT count(*)::int FROM serial, unnest(entropy || critic) w
			WHERE w = 'NaN' OR w < 0 OR w > 1),
		  0, 'every weight is a number between 0 and 1');
SELECT cmp_ok((SELECT pg_temp.max_diff(entropy, entropy_rescaled) FROM serial),
			  '<', 1e-12::float8,
			  'entropy_weights: rescaling columns by powers of two changes no weight');
SELECT cmp_ok((SELECT pg_temp.max_diff(critic, critic_rescaled) FROM serial),
			  '<', 1e-12::float8,
			  'critic_weights: rescaling columns by powers of two changes no weight');

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

SELECT matches(pg_temp.plan_of('SELECT entropy_weights(x), critic_weights(x) FROM spread'),
			   'Gather.*Partial Aggregate',
			   'the aggregates run as partial aggregates under Gather');
SELECT matches(pg_temp.plan_of('SELECT entropy_weights(x), critic_weights(x) FROM spread'),
			   'Workers Launched: [1-9]',
			   'parallel workers are launched');

CREATE TABLE parallel AS
SELECT entropy_weights(x) AS entropy, critic_weights(x) AS critic
  FROM spread;
SELECT cmp_ok(pg_temp.max_diff((SELECT entropy FROM parallel),
							   (SELECT entropy FROM serial)), '<', 1e-12::float8,
			  'entropy_weights: parallel equals serial across the float8 range');
SELECT cmp_ok(pg_temp.max_diff((SELECT critic FROM parallel),
							   (SELECT critic FROM serial)), '<', 1e-12::float8,
			  'critic_weights: parallel equals serial across the float8 range');

-- Each group's partial states, combined in parallel.
SELECT is((SELECT count(*)::int
			 FROM (SELECT id % 5 AS g, entropy_weights(x) AS e,
						  critic_weights(x) AS c
					 FROM spread GROUP BY 1) p
			 JOIN serial_groups q USING (g)
			WHERE pg_temp.max_diff(p.e, q.e) < 1e-12
			  AND pg_temp.max_diff(p.c, q.c) < 1e-12),
		  5, 'grouped: parallel equals serial in every group');

SELECT * FROM finish();
ROLLBACK;
