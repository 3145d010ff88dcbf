-- Word of mouth in parallel plans: every aggregate gives with two workers
-- the answer it gives serially, and the answer plain SQL gives.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off

CREATE EXTENSION pgtap;
CREATE EXTENSION svcindex;

-- 200,000 answers over 0..10 with NULLs spread through, dyadic weights
-- (sums exact in any order) and decimal weights (sums rounded); ordinary
-- tables, since parallel workers never scan temporary ones.
CREATE TABLE wom_answer AS
SELECT i,
       i % 400 AS day,
       CASE WHEN i % 97 = 0 THEN NULL ELSE (i * 7919) % 11 END AS score,
       ((i * 31) % 8 + 1) * 0.25 AS dyadic_weight,
       ((i * 17) % 10 + 1) * 0.1 AS decimal_weight
  FROM generate_series(1, 200000) i;
ANALYZE wom_answer;

-- cases.json C32: NULL rows at both ends of 11,000 answers i % 11.
CREATE TABLE wom_c32 (s int);
INSERT INTO wom_c32 VALUES (NULL);
INSERT INTO wom_c32 SELECT i % 11 FROM generate_series(1, 11000) i;
INSERT INTO wom_c32 VALUES (NULL);
ANALYZE wom_c32;

BEGIN;
SELECT plan(26);

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;

-- The rows of a query as text, with or without parallel workers.
CREATE FUNCTION pg_temp.run(query text, workers int) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    result text;
BEGIN
    EXECUTE format('SET LOCAL max_parallel_workers_per_gather = %s', workers);
    EXECUTE format('SET LOCAL force_parallel_mode = %s',
                   CASE WHEN workers > 0 THEN 'on' ELSE 'off' END);
    EXECUTE 'SELECT string_agg(r::text, E''\n'' ORDER BY r::text) FROM ('
            || query || ') r' INTO result;
    RETURN result;
END
$$;

-- The single float8 a query returns, with or without parallel workers.
CREATE FUNCTION pg_temp.num(query text, workers int) RETURNS float8
LANGUAGE plpgsql AS $$
DECLARE
    result float8;
BEGIN
    EXECUTE format('SET LOCAL max_parallel_workers_per_gather = %s', workers);
    EXECUTE format('SET LOCAL force_parallel_mode = %s',
                   CASE WHEN workers > 0 THEN 'on' ELSE 'off' END);
    EXECUTE query INTO result;
    RETURN result;
END
$$;

-- The plan of a query with two workers, run, as one text.
CREATE FUNCTION pg_temp.parallel_plan(query text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    line text;
    result text := '';
BEGIN
    SET LOCAL max_parallel_workers_per_gather = 2;
    SET LOCAL force_parallel_mode = on;
    FOR line IN EXECUTE 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) '
                        || query
    LOOP
        result := result || line || E'\n';
    END LOOP;
    RETURN result;
END
$$;

-- Each query: the same answer serial and parallel.
CREATE FUNCTION pg_temp.same(query text, what text) RETURNS text
LANGUAGE sql AS $$
    SELECT is(pg_temp.run(query, 2), pg_temp.run(query, 0),
              what || ': parallel equals serial')
$$;

SELECT alike(pg_temp.parallel_plan('SELECT nps(score) FROM wom_answer'),
            '%Partial Aggregate%',
            'nps runs as partial aggregates');
SELECT alike(pg_temp.parallel_plan('SELECT nps(score) FROM wom_answer'),
            '%Workers Launched: 2%',
            'two workers take part');
SELECT alike(pg_temp.parallel_plan(
                'SELECT rating_agg(score, 0, 10), csat(score, 0, 10, 9) FROM wom_answer'),
            '%Partial Aggregate%',
            'rating_agg and csat run as partial aggregates');
SELECT alike(pg_temp.parallel_plan(
                'SELECT day, nps(score) FROM wom_answer GROUP BY day'),
            '%Partial%Aggregate%',
            'grouped nps runs as partial aggregates');

SELECT pg_temp.same('SELECT nps(score) FROM wom_answer', 'nps(integer)');
SELECT pg_temp.same('SELECT nps(score::smallint) FROM wom_answer', 'nps(smallint)');
SELECT pg_temp.same('SELECT nps(score::numeric) FROM wom_answer', 'nps(numeric)');
SELECT pg_temp.same('SELECT nps(score + 0.5 * (score % 2 = 1 AND score < 10)::int) FROM wom_answer',
                    'nps(numeric) with half points');
SELECT pg_temp.same('SELECT nps(score::float8) FROM wom_answer', 'nps(double precision)');
SELECT pg_temp.same('SELECT nps_agg(score) FROM wom_answer', 'nps_agg');
SELECT pg_temp.same('SELECT nps_agg(score, dyadic_weight) FROM wom_answer',
                    'weighted nps_agg, dyadic weights');
SELECT pg_temp.same('SELECT day, nps(score) FROM wom_answer GROUP BY day',
                    'nps grouped by day');
SELECT pg_temp.same('SELECT rating_agg(score, 0, 10) FROM wom_answer', 'rating_agg');
SELECT pg_temp.same('SELECT rating_agg(score::numeric, 0, 10) FROM wom_answer',
                    'rating_agg(numeric)');
SELECT pg_temp.same('SELECT csat(score, 0, 10, 9), top_box(score, 0, 10, 3), bottom_box(score, 0, 10, 7) FROM wom_answer',
                    'csat, top_box, bottom_box');
SELECT pg_temp.same('SELECT rollup(s) FROM (SELECT day, nps_agg(score) s FROM wom_answer GROUP BY day) d',
                    'rollup(nps_summary)');

-- decimal weights: sums are rounded in a different order, so the score
-- agrees to rounding only
SELECT ok(abs(pg_temp.num('SELECT nps(score, decimal_weight) FROM wom_answer', 2)
              - pg_temp.num('SELECT nps(score, decimal_weight) FROM wom_answer', 0))
          < 1e-9,
          'weighted nps, decimal weights: parallel equals serial to rounding');

-- cases.json C32: -45.4545... in both plans, from 2000 / 2000 / 7000.
SELECT is(pg_temp.run('SELECT nps(s) FROM wom_c32', 2),
          pg_temp.run('SELECT nps(s) FROM wom_c32', 0),
          'C32: parallel equals serial');
SELECT is(pg_temp.run('SELECT nps_agg(s) FROM wom_c32', 2),
          '("(promoters=2000,passives=2000,detractors=7000)")',
          'C32: the class counts');
SELECT is(pg_temp.num('SELECT nps(s) FROM wom_c32', 2),
          100.0::float8 * (2000 - 7000) / 11000, 'C32: the score');

-- the parallel answers equal plain SQL
SELECT is(pg_temp.num('SELECT nps(score) FROM wom_answer', 2),
          (SELECT 100.0::float8 * (count(*) FILTER (WHERE score >= 9)
                                   - count(*) FILTER (WHERE score <= 6))
                  / count(score) FROM wom_answer),
          'nps equals the count(*) FILTER formula');
SELECT is(pg_temp.run('SELECT promoters(s), passives(s), detractors(s) FROM (SELECT nps_agg(score) s FROM wom_answer) x', 2),
          (SELECT format('(%s,%s,%s)', count(*) FILTER (WHERE score >= 9),
                         count(*) FILTER (WHERE score BETWEEN 7 AND 8),
                         count(*) FILTER (WHERE score <= 6))
             FROM wom_answer),
          'class counts equal plain SQL');
SELECT is(pg_temp.num('SELECT nps(score, dyadic_weight) FROM wom_answer', 2),
          (SELECT (100 * (sum(dyadic_weight) FILTER (WHERE score >= 9)
                          - sum(dyadic_weight) FILTER (WHERE score <= 6))
                   / sum(dyadic_weight) FILTER (WHERE score IS NOT NULL))::float8
             FROM wom_answer),
          'weighted nps equals plain SQL (exact numeric sums)');
SELECT is(pg_temp.run('SELECT rating_counts(rating_agg(score, 0, 10)) FROM wom_answer', 2),
          pg_temp.run('SELECT array_agg(c ORDER BY v)
                         FROM (SELECT v, (SELECT count(*) FROM wom_answer
                                           WHERE score = v) c
                                 FROM generate_series(0, 10) v) x', 0),
          'rating histogram equals plain SQL counts');
SELECT is(pg_temp.num('SELECT csat(score, 0, 10, 9) FROM wom_answer', 2),
          (SELECT 100.0::float8 * count(*) FILTER (WHERE score >= 9) / count(score)
             FROM wom_answer),
          'csat equals plain SQL');
SELECT is(pg_temp.num('SELECT mean(rating_agg(score, 0, 10)) FROM wom_answer', 2),
          (SELECT avg(score)::float8 FROM wom_answer),
          'rating mean equals avg()');

SELECT * FROM finish();
ROLLBACK;
