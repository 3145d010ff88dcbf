-- weighted_score in parallel plans: partial states from the workers are
-- serialised, combined and give the same bits as a serial scan.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;

CREATE TABLE ws_parallel (g int, s float8, w float8);
INSERT INTO ws_parallel VALUES (NULL, NULL, 1);
INSERT INTO ws_parallel
SELECT i % 4, (i * 7919 % 1001)::float8 / 10,
       CASE WHEN i % 17 = 0 THEN NULL ELSE ((i * 31) % 97)::float8 / 3 END
  FROM generate_series(1, 200000) i;
INSERT INTO ws_parallel VALUES (NULL, 5, NULL);
ANALYZE ws_parallel;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET force_parallel_mode = on;
EXPLAIN (COSTS OFF) SELECT weighted_score(s, w) FROM ws_parallel;
EXPLAIN (COSTS OFF)
SELECT g, weighted_score(s, w) FROM ws_parallel GROUP BY g;
-- results kept as text: float8 prints in the shortest form that reads back
-- exactly, so equal text is equal bits
SELECT weighted_score(s, w)::text AS par FROM ws_parallel \gset
SELECT string_agg(coalesce(g::text, '-') || '=' || coalesce(ws::text, 'NULL'),
                  ',' ORDER BY g) AS par_g
  FROM (SELECT g, weighted_score(s, w) AS ws FROM ws_parallel GROUP BY g) x \gset

SET max_parallel_workers_per_gather = 0;
SET force_parallel_mode = off;
SELECT weighted_score(s, w)::text AS ser FROM ws_parallel \gset
SELECT string_agg(coalesce(g::text, '-') || '=' || coalesce(ws::text, 'NULL'),
                  ',' ORDER BY g) AS ser_g
  FROM (SELECT g, weighted_score(s, w) AS ws FROM ws_parallel GROUP BY g) x \gset

-- identical to the last bit, and equal to the exact numeric
-- recomputation over the same rows to within rounding
SELECT :'par' = :'ser' AS parallel_equals_serial,
       abs(:'ser'::float8 - exact) < 1e-12 * exact AS matches_numeric
  FROM (SELECT (sum((s * w)::numeric) / sum(w::numeric))::float8 AS exact
          FROM ws_parallel WHERE s IS NOT NULL AND w IS NOT NULL) e;
SELECT :'par_g' = :'ser_g' AS groups_parallel_equal_serial;
-- five groups, and the NULL group, which holds only rows with a missing
-- value, is NULL
SELECT :'ser_g' ~ '^0=[0-9.]+,1=[0-9.]+,2=[0-9.]+,3=[0-9.]+,-=NULL$'
       AS five_groups_null_last;

RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
DROP TABLE ws_parallel;
