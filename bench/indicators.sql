-- Benchmark: weighted_score against the plain-SQL ways of computing a
-- weighted mean, on 10 million rows, and as a moving-window aggregate.
-- Run with: make bench BENCH=indicators
\echo building 10 million rows ...
CREATE TABLE ws_bench AS
SELECT (random() * 100)::float8 AS s, (random() * 10)::float8 AS w
  FROM generate_series(1, 10000000);
VACUUM ANALYZE ws_bench;

-- The whole table: the plain formula (which counts the weight of a row
-- whose score is missing, gives NaN or a division error when all weights
-- are zero, and depends on the order of the rows); the plain SQL that
-- gives weighted_score's answer on NULLs and zero weights; the plain SQL
-- that is exact as weighted_score is (numeric); and, as floors, the scan
-- alone (count) and PostgreSQL's own float8 avg.
SELECT bench_time('weighted mean', 'weighted_score(s, w)',
				  'SELECT weighted_score(s, w) FROM ws_bench');
SELECT bench_time('weighted mean', 'plain sum(s * w) / sum(w)',
				  'SELECT sum(s * w) / sum(w) FROM ws_bench');
SELECT bench_time('weighted mean', 'plain, NULL-aware',
				  'SELECT sum(s * w) FILTER (WHERE s IS NOT NULL)
						  / NULLIF(sum(w) FILTER (WHERE s IS NOT NULL), 0)
					 FROM ws_bench');
SELECT bench_time('weighted mean', 'plain, exact (numeric)',
				  'SELECT sum(s::numeric * w::numeric) / sum(w::numeric)
					 FROM ws_bench', 3);
SELECT bench_time('weighted mean', 'peer: avg(s), unweighted',
				  'SELECT avg(s) FROM ws_bench');
SELECT bench_time('weighted mean', 'floor: count(*)',
				  'SELECT count(*) FROM ws_bench');
SELECT * FROM bench_report('weighted mean', 'plain sum(s * w) / sum(w)');

-- The same rows in numeric columns, as surveys and audits often keep
-- them (numeric(5, 2) scores, numeric(4, 2) weights).  Here the plain
-- formula is exact but pays for numeric arithmetic on every row, and
-- weighted_score(numeric, numeric) returns the same numeric value from
-- integer arithmetic.  The row-by-row equality is checked by the tests;
-- here the two results are compared once.
\echo building the numeric copy ...
CREATE TABLE ws_bench_numeric AS
SELECT round(s::numeric, 2)::numeric(5, 2) AS s,
	   round(w::numeric, 2)::numeric(4, 2) AS w
  FROM ws_bench;
VACUUM ANALYZE ws_bench_numeric;
-- Serial plans first, for steadier figures on a shared machine, then the
-- two main lines again with the default parallel plan.
SET max_parallel_workers_per_gather = 0;
SELECT bench_time('numeric columns', 'weighted_score(s, w)',
				  'SELECT weighted_score(s, w) FROM ws_bench_numeric');
SELECT bench_time('numeric columns', 'plain sum(s * w) / sum(w)',
				  'SELECT sum(s * w) / sum(w) FROM ws_bench_numeric');
SELECT bench_time('numeric columns', 'plain, NULL-aware',
				  'SELECT sum(s * w) FILTER (WHERE s IS NOT NULL)
						  / NULLIF(sum(w) FILTER (WHERE s IS NOT NULL), 0)
					 FROM ws_bench_numeric');
SELECT bench_time('numeric columns', 'weighted_score(s::float8, w::float8)',
				  'SELECT weighted_score(s::float8, w::float8)
					 FROM ws_bench_numeric', 3);
SELECT bench_time('numeric columns', 'peer: avg(s), unweighted',
				  'SELECT avg(s) FROM ws_bench_numeric');
SELECT bench_time('numeric columns', 'floor: count(*)',
				  'SELECT count(*) FROM ws_bench_numeric');
RESET max_parallel_workers_per_gather;
SELECT bench_time('numeric columns', 'weighted_score(s, w), parallel',
				  'SELECT weighted_score(s, w) FROM ws_bench_numeric');
SELECT bench_time('numeric columns', 'plain sum(s * w) / sum(w), parallel',
				  'SELECT sum(s * w) / sum(w) FROM ws_bench_numeric');
\echo 'numeric columns, serial plans unless marked parallel:'
SELECT * FROM bench_report('numeric columns', 'plain sum(s * w) / sum(w)');
\echo 'plain over weighted_score, parallel plans:'
SELECT round((p.ms / w.ms)::numeric, 2) AS plain_over_weighted_score
  FROM bench_result p, bench_result w
 WHERE p.label = 'plain sum(s * w) / sum(w), parallel'
   AND w.label = 'weighted_score(s, w), parallel';
SELECT (SELECT weighted_score(s, w) FROM ws_bench_numeric)
	   = (SELECT sum(s * w) / sum(w) FROM ws_bench_numeric) AS same_value;

-- A moving window of 1,000 rows over 100,000 rows: weighted_score's exact
-- inverse step drops the row leaving the frame; float8 sum has no inverse
-- step (it could not undo an addition), so PostgreSQL recomputes every
-- frame from scratch.
CREATE TABLE ws_window AS
SELECT row_number() OVER () AS i, s, w
  FROM (SELECT s, w FROM ws_bench LIMIT 100000) first_rows;
VACUUM ANALYZE ws_window;
SELECT bench_time('moving window', 'weighted_score OVER 1000 rows',
				  'SELECT max(x) FROM (SELECT weighted_score(s, w) OVER
						(ORDER BY i ROWS 999 PRECEDING) AS x FROM ws_window) f', 3);
SELECT bench_time('moving window', 'plain sum(s * w) OVER / sum(w) OVER',
				  'SELECT max(x) FROM (SELECT sum(s * w) OVER f / sum(w) OVER f
						AS x FROM ws_window
						WINDOW f AS (ORDER BY i ROWS 999 PRECEDING)) f', 3);
SELECT * FROM bench_report('moving window',
						   'plain sum(s * w) OVER / sum(w) OVER');
