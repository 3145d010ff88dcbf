-- weighted_score over numeric columns: the plain numeric query's value
-- and display scale, from scaled-integer sums.  Every check compares the
-- text of the result with the text of sum(s * w) / sum(w) over the rows
-- that have both values, so a different value or a different number of
-- decimals fails.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;

-- by hand: (87.5 * 2 + 90 * 1 + 70.25 * 0.5) / 3.5 = 300.125 / 3.5 = 85.75
SELECT weighted_score(s, w), pg_typeof(weighted_score(s, w))
  FROM (VALUES (87.5, 2), (90, 1), (70.25, 0.5)) v(s, w);
-- NULL scores and NULL weights are skipped, not counted as 0 or 1
SELECT weighted_score(s, w)
  FROM (VALUES (80.0, 1.0), (NULL, 5.0), (60.0, NULL), (40.0, 1.0)) v(s, w);
-- no row with both values, and all weights zero: NULL
SELECT weighted_score(s, w) IS NULL AS no_rows
  FROM (VALUES (NULL::numeric, 1.0), (2.0, NULL)) v(s, w);
SELECT weighted_score(s, w) IS NULL AS zero_weights
  FROM (VALUES (80.0, 0.0), (60.0, 0)) v(s, w);
-- integers still take the float8 form, numerics the numeric one, and a
-- numeric with a float8 the float8 one (float8 does not cast to numeric
-- implicitly)
SELECT pg_typeof(weighted_score(80, 2)) AS integers,
       pg_typeof(weighted_score(80.0, 2)) AS numerics,
       pg_typeof(weighted_score(80.0, 2::float8)) AS mixed;

-- Scores and weights with 0 to 6 decimals, negative scores, zero weights,
-- NULLs, and wide values (more than 18 digits or 15 decimals, read as
-- numeric), in 40 groups.
CREATE TABLE ws_numeric (i int, g int, s numeric, w numeric);
INSERT INTO ws_numeric
SELECT i, i % 40,
       CASE WHEN i % 97 = 0 THEN NULL
            WHEN i % 211 = 0 THEN 1e25 + i
            WHEN i % 223 = 0 THEN 1.0000000000000000001 * i
            ELSE round(((i * 7919 % 20011) - 2000)::numeric / 97, i % 5) END,
       CASE WHEN i % 89 = 0 THEN NULL
            WHEN i % 13 = 0 THEN 0
            WHEN i % 227 = 0 THEN 0.00000000000000000003
            ELSE round((i * 104729 % 1009)::numeric / 101, i % 7) END
  FROM generate_series(1, 20000) i;
ANALYZE ws_numeric;

SELECT count(*) AS groups,
       count(*) FILTER (WHERE score::text = plain::text) AS same_text
  FROM (SELECT g, weighted_score(s, w) AS score,
               sum(s * w) FILTER (WHERE s IS NOT NULL AND w IS NOT NULL)
               / sum(w) FILTER (WHERE s IS NOT NULL AND w IS NOT NULL) AS plain
          FROM ws_numeric GROUP BY g) r;
SELECT weighted_score(s, w)::text
       = (sum(s * w) FILTER (WHERE s IS NOT NULL AND w IS NOT NULL)
          / sum(w) FILTER (WHERE s IS NOT NULL AND w IS NOT NULL))::text
         AS whole_table_same_text
  FROM ws_numeric;

-- Sums beyond 128 bits: 18-digit scores and weights, whose products
-- overflow the integer sum after a few hundred rows; then a row with 15
-- decimals, which raises the scale of a sum that no longer fits.
SELECT weighted_score(s, w)::text = (sum(s * w) / sum(w))::text
         AS overflow_same_text,
       weighted_score(s, w)
  FROM (SELECT 999999999999999999::numeric AS s,
               999999999999999998::numeric - i AS w
          FROM generate_series(1, 500) i
        UNION ALL
        SELECT 0.000000000000001, 0.000000000000001) v;

-- Values stored in the long form (weights beyond 10000^63) and tiny ones.
SELECT weighted_score(s, w)::text = (sum(s * w) / sum(w))::text
         AS long_form_same_text
  FROM (VALUES (1e300, 1e-300), (-2.5e280, 3e-290), (42, 1e-301)) v(s, w);

-- Parallel plans: partial states (with wide parts) are serialised,
-- combined, and give the serial text.
CREATE TABLE ws_numeric_big AS
SELECT i, s, w FROM ws_numeric CROSS JOIN generate_series(0, 9) k;
ANALYZE ws_numeric_big;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT weighted_score(s, w) FROM ws_numeric_big;
SELECT weighted_score(s, w)::text AS parallel_text FROM ws_numeric_big \gset
RESET max_parallel_workers_per_gather;
SET max_parallel_workers_per_gather = 0;
SELECT weighted_score(s, w)::text = :'parallel_text' AS parallel_equals_serial,
       (sum(s * w) FILTER (WHERE s IS NOT NULL AND w IS NOT NULL)
        / sum(w) FILTER (WHERE s IS NOT NULL AND w IS NOT NULL))::text
         = :'parallel_text' AS parallel_equals_plain
  FROM ws_numeric_big;
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;

-- Moving windows: each frame's text equals the frame computed alone, as
-- rows with more decimals, wide rows and zero weights come and go.
SELECT count(*) AS frames,
       count(*) FILTER (WHERE moving::text IS NOT DISTINCT FROM alone::text)
         AS same_text
  FROM (SELECT m.i,
               weighted_score(m.s, m.w) OVER (ORDER BY m.i
                                              ROWS BETWEEN 4 PRECEDING
                                              AND CURRENT ROW) AS moving,
               (SELECT weighted_score(f.s, f.w) FROM ws_numeric f
                 WHERE f.i BETWEEN m.i - 4 AND m.i) AS alone
          FROM ws_numeric m WHERE m.i <= 3000) r;
SELECT count(*) AS frames,
       count(*) FILTER (WHERE moving::text IS NOT DISTINCT FROM alone::text)
         AS same_text
  FROM (SELECT m.i,
               weighted_score(m.s, m.w) OVER (ORDER BY m.i RANGE BETWEEN
                                              30 PRECEDING AND 20 FOLLOWING)
                 AS moving,
               (SELECT weighted_score(f.s, f.w) FROM ws_numeric f
                 WHERE f.i BETWEEN m.i - 30 AND m.i + 20
                   AND f.i <= 3000) AS alone
          FROM ws_numeric m WHERE m.i <= 3000) r;
-- a frame whose only 3-decimal row leaves shows fewer decimals again
SELECT i, weighted_score(s, w) OVER (ORDER BY i ROWS 1 PRECEDING)
  FROM (VALUES (1, 1.125, 1), (2, 2, 1), (3, 4, 1)) v(i, s, w);

-- Bad input names the value.
SELECT weighted_score(s, w) FROM (VALUES (50.0, 1.0), (40.0, -0.5)) v(s, w);
SELECT weighted_score(s, w) FROM (VALUES ('NaN'::numeric, 1.0)) v(s, w);
SELECT weighted_score(s, w) FROM (VALUES (50.0, 'Infinity'::numeric)) v(s, w);
SELECT weighted_score(s, w) FROM (VALUES ('-Infinity'::numeric, 1.0)) v(s, w);
