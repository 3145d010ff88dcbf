-- Word of mouth: nps() against count() over the same column and against
-- the plain-SQL formula, serially and with two parallel workers; the
-- rating aggregates against their plain-SQL forms.  Run with
-- `make bench BENCH=wom`.
\echo 'building 10 million answers ...'
CREATE TABLE wom_bench AS
SELECT ((i::bigint * 7919) % 11)::int AS score,
       1 + (i * 31) % 5 AS rating
  FROM generate_series(1, 10000000) i;
VACUUM ANALYZE wom_bench;

SET max_parallel_workers_per_gather = 0;

SELECT bench_time('nps serial', 'count(score)',
                  'SELECT count(score) FROM wom_bench');
SELECT bench_time('nps serial', 'nps(score)',
                  'SELECT nps(score) FROM wom_bench');
SELECT bench_time('nps serial', 'nps_agg(score)',
                  'SELECT nps_agg(score) FROM wom_bench');
SELECT bench_time('nps serial', 'count(*) FILTER formula',
                  'SELECT 100.0 * (count(*) FILTER (WHERE score >= 9)
                                   - count(*) FILTER (WHERE score <= 6))
                          / count(score) FROM wom_bench');

SELECT bench_time('ratings serial', 'avg(rating)',
                  'SELECT avg(rating) FROM wom_bench');
SELECT bench_time('ratings serial', 'rating_agg(rating, 1, 5)',
                  'SELECT rating_agg(rating, 1, 5) FROM wom_bench');
SELECT bench_time('ratings serial', 'top_box(rating, 1, 5, 2)',
                  'SELECT top_box(rating, 1, 5, 2) FROM wom_bench');
SELECT bench_time('ratings serial', 'top-2-box FILTER formula',
                  'SELECT 100.0 * count(*) FILTER (WHERE rating >= 4)
                          / count(rating) FROM wom_bench');

SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SELECT bench_time('nps parallel', 'nps(score), serial',
                  'SET LOCAL max_parallel_workers_per_gather = 0;
                   SELECT nps(score) FROM wom_bench');
SELECT bench_time('nps parallel', 'nps(score), 2 workers',
                  'SELECT nps(score) FROM wom_bench');

\echo 'nps against count(score) and the plain-SQL formula, serial'
SELECT * FROM bench_report('nps serial', 'count(score)');
\echo 'ratings against avg(rating), serial'
SELECT * FROM bench_report('ratings serial', 'avg(rating)');
\echo 'nps with two parallel workers against serial'
SELECT * FROM bench_report('nps parallel', 'nps(score), serial');

\echo 'targets: nps / count <= 1.10; formula / nps >= 1.3; serial / parallel >= 1.6'
SELECT round((SELECT ms FROM bench_result WHERE label = 'nps(score)')::numeric
             / (SELECT ms FROM bench_result WHERE label = 'count(score)')::numeric,
             2) AS nps_over_count,
       round((SELECT ms FROM bench_result WHERE label = 'count(*) FILTER formula')::numeric
             / (SELECT ms FROM bench_result WHERE label = 'nps(score)')::numeric,
             2) AS formula_over_nps,
       round((SELECT ms FROM bench_result WHERE label = 'nps(score), serial')::numeric
             / (SELECT ms FROM bench_result WHERE label = 'nps(score), 2 workers')::numeric,
             2) AS serial_over_parallel;
