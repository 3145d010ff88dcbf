-- Word of mouth: nps() against count() over the same column and against
-- the plain-SQL formula, serially and with two parallel workers; the
-- rating aggregates against their plain-SQL forms.  Run with
-- `make bench BENCH=wom`.
--
-- The queries of one comparison run in turns, round after round.  Each
-- keeps its median time, and each ratio is the median of the ratios
-- taken within a round, so a load that comes and goes on a shared
-- machine slows the queries it compares alike instead of deciding it.
\echo 'building 10 million answers ...'
CREATE TABLE wom_bench AS
SELECT ((i::bigint * 7919) % 11)::int AS score,
       1 + (i * 31) % 5 AS rating
  FROM generate_series(1, 10000000) i;
VACUUM ANALYZE wom_bench;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;

CREATE TABLE wom_turn (bench text, round int, label text, ms float8);

-- Time each (label, workers, query) in turns for a number of rounds after
-- one warm-up round; record the median time of each in bench_result.
CREATE FUNCTION wom_bench_turns(bench text, labels text[], workers int[],
								queries text[], rounds int DEFAULT 11)
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
					(bench, round, labels[q],
					 extract(epoch FROM clock_timestamp() - started) * 1000);
			END IF;
		END LOOP;
	END LOOP;
	INSERT INTO bench_result
	SELECT wom_bench_turns.bench, t.label,
		   percentile_cont(0.5) WITHIN GROUP (ORDER BY t.ms)
	  FROM wom_turn t WHERE t.bench = wom_bench_turns.bench GROUP BY t.label;
END
$$;

-- The median over rounds of each query's time divided by the baseline's
-- time in the same round.
CREATE FUNCTION wom_paired_ratio(bench text, label text, baseline text)
RETURNS numeric
LANGUAGE sql AS $$
	SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY a.ms / b.ms)
				 ::numeric, 2)
	  FROM wom_turn a JOIN wom_turn b USING (bench, round)
	 WHERE a.bench = wom_paired_ratio.bench
	   AND a.label = wom_paired_ratio.label
	   AND b.label = wom_paired_ratio.baseline
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

\echo 'median times; ratio_to_baseline divides medians'
SELECT * FROM bench_report('nps', 'nps(score)');
SELECT * FROM bench_report('ratings', 'avg(rating)');

\echo 'paired ratios (median of the ratios within a round)'
SELECT label, wom_paired_ratio('nps', label, 'count(score)') AS to_count,
	   wom_paired_ratio('nps', label, 'nps(score)') AS to_nps
  FROM (SELECT DISTINCT label FROM wom_turn WHERE bench = 'nps') l
 ORDER BY to_count;
SELECT label, wom_paired_ratio('ratings', label, 'avg(rating)') AS to_avg
  FROM (SELECT DISTINCT label FROM wom_turn WHERE bench = 'ratings') l
 ORDER BY to_avg;

\echo 'targets: nps / count <= 1.10; formula / nps >= 1.3; serial / 2 workers >= 1.6'
SELECT wom_paired_ratio('nps', 'nps(score)', 'count(score)') AS nps_over_count,
	   wom_paired_ratio('nps', 'count(*) FILTER formula', 'nps(score)')
		   AS formula_over_nps,
	   wom_paired_ratio('nps', 'nps(score)', 'nps(score), 2 workers')
		   AS serial_over_parallel;
