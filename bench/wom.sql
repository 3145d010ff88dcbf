-- Word of mouth: nps() against count() over the same column and against
-- the plain-SQL formula, serially and with two parallel workers; the
-- rating aggregates against their plain-SQL forms.  Run with
-- `make bench BENCH=wom`.
--
-- The queries of one comparison run in turns, round after round, and
-- each keeps its median: a load that comes and goes on a shared machine
-- then slows all of them alike instead of deciding a ratio.
\echo 'building 10 million answers ...'
CREATE TABLE wom_bench AS
SELECT ((i::bigint * 7919) % 11)::int AS score,
       1 + (i * 31) % 5 AS rating
  FROM generate_series(1, 10000000) i;
VACUUM ANALYZE wom_bench;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;

CREATE TEMP TABLE wom_turn (label text, ms float8);

-- Time each (label, workers, query) in turns for a number of rounds after
-- one warm-up round, and record the median of each in bench_result.
CREATE FUNCTION wom_bench_turns(bench text, labels text[], workers int[],
								queries text[], rounds int DEFAULT 7)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	started timestamptz;
BEGIN
	FOR round IN 0 .. rounds LOOP
		FOR q IN 1 .. array_length(queries, 1) LOOP
			EXECUTE format('SET LOCAL max_parallel_workers_per_gather = %s',
						   workers[q]);
			started := clock_timestamp();
			EXECUTE queries[q];
			IF round > 0 THEN
				INSERT INTO wom_turn VALUES
					(labels[q], extract(epoch FROM clock_timestamp() - started)
								* 1000);
			END IF;
		END LOOP;
	END LOOP;
	INSERT INTO bench_result
	SELECT bench, label, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)
	  FROM wom_turn WHERE label = ANY (labels) GROUP BY label;
END
$$;

SELECT wom_bench_turns('nps',
	ARRAY['count(score)', 'nps(score)', 'nps_agg(score)',
		  'count(*) FILTER formula', 'nps(score), 2 workers'],
	ARRAY[0, 0, 0, 0, 2],
	ARRAY['SELECT count(score) FROM wom_bench',
		  'SELECT nps(score) FROM wom_bench',
		  'SELECT nps_agg(score) FROM wom_bench',
		  'SELECT 100.0 * (count(*) FILTER (WHERE score >= 9)
						   - count(*) FILTER (WHERE score <= 6))
				  / count(score) FROM wom_bench',
		  'SELECT nps(score) FROM wom_bench']);

SELECT wom_bench_turns('ratings',
	ARRAY['avg(rating)', 'rating_agg(rating, 1, 5)',
		  'top_box(rating, 1, 5, 2)', 'top-2-box FILTER formula'],
	ARRAY[0, 0, 0, 0],
	ARRAY['SELECT avg(rating) FROM wom_bench',
		  'SELECT rating_agg(rating, 1, 5) FROM wom_bench',
		  'SELECT top_box(rating, 1, 5, 2) FROM wom_bench',
		  'SELECT 100.0 * count(*) FILTER (WHERE rating >= 4)
				  / count(rating) FROM wom_bench'],
	5);

\echo 'nps against count(score), the plain-SQL formula and two workers'
SELECT * FROM bench_report('nps', 'nps(score)');
\echo 'ratings against avg(rating), serial'
SELECT * FROM bench_report('ratings', 'avg(rating)');

\echo 'targets: nps / count <= 1.10; formula / nps >= 1.3; serial / 2 workers >= 1.6'
SELECT round((SELECT ms FROM bench_result WHERE label = 'nps(score)')::numeric
			 / (SELECT ms FROM bench_result WHERE label = 'count(score)')::numeric,
			 2) AS nps_over_count,
	   round((SELECT ms FROM bench_result WHERE label = 'count(*) FILTER formula')::numeric
			 / (SELECT ms FROM bench_result WHERE label = 'nps(score)')::numeric,
			 2) AS formula_over_nps,
	   round((SELECT ms FROM bench_result WHERE label = 'nps(score)')::numeric
			 / (SELECT ms FROM bench_result WHERE label = 'nps(score), 2 workers')::numeric,
			 2) AS serial_over_parallel;
