-- weighted_score(numeric, numeric) against the plain numeric query on
-- random data: every check compares the text of the aggregate with the
-- text of sum(s * w) / sum(w) over the rows with both values (NULL when
-- all their weights are zero), so a different value or a different
-- number of decimals fails.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;
SELECT setseed(0.42);

-- A random numeric with the given number of digits and decimals, typed in
-- as text, so that trailing zeros keep their display scale.
CREATE FUNCTION wsr_random_numeric(ndigits int, scale int, negative bool)
RETURNS numeric
LANGUAGE sql VOLATILE AS $$
SELECT ((CASE WHEN negative THEN '-' ELSE '' END)
        || CASE WHEN scale > 0
                THEN left(d, length(d) - scale) || '.' || right(d, scale)
                ELSE d END)::numeric
  FROM (SELECT lpad(coalesce(string_agg(floor(random() * 10)::int::text, ''),
                             ''), scale + 1, '0') AS d
          FROM generate_series(1, ndigits)) digits
$$;

-- 400 groups of 30 rows; the group number picks how long scores and
-- weights are (1 to 41 digits, exactly 18, or a few) and their decimals
-- (0 to 30, exactly 15 or 16), with negative scores, zero weights and
-- NULLs.  Values of up to 18 digits and 15 decimals take the integer
-- path, longer ones the numeric one, and groups mix both.
CREATE TABLE wsr (g int, i int, s numeric, w numeric);
INSERT INTO wsr
SELECT g, i,
       CASE WHEN random() < 0.03 THEN NULL ELSE
         wsr_random_numeric(
           CASE g % 5 WHEN 0 THEN 1 + (random() * 17)::int
                      WHEN 1 THEN 1 + (random() * 19)::int
                      WHEN 2 THEN 1 + (random() * 40)::int
                      WHEN 3 THEN 18 ELSE (random() * 4)::int END,
           CASE g % 7 WHEN 0 THEN (random() * 15)::int WHEN 1 THEN 15
                      WHEN 2 THEN 16 WHEN 3 THEN (random() * 3)::int
                      WHEN 4 THEN (random() * 30)::int
                      ELSE (random() * 8)::int END,
           random() < 0.4) END,
       CASE WHEN random() < 0.03 THEN NULL WHEN random() < 0.05 THEN 0 ELSE
         wsr_random_numeric(
           CASE g % 3 WHEN 0 THEN 1 + (random() * 17)::int WHEN 1 THEN 18
                      ELSE 1 + (random() * 25)::int END,
           CASE g % 11 WHEN 0 THEN 15 WHEN 1 THEN 0 WHEN 2 THEN 17
                       ELSE (random() * 15)::int END,
           false) END
  FROM generate_series(1, 400) g, generate_series(1, 30) i;

SELECT count(*) AS groups,
       count(*) FILTER (WHERE ws IS NOT DISTINCT FROM plain) AS same_text
  FROM (SELECT g, weighted_score(s, w)::text AS ws,
               (sum(s * w) FILTER (WHERE s IS NOT NULL AND w IS NOT NULL)
                / nullif(sum(w) FILTER (WHERE s IS NOT NULL
                                          AND w IS NOT NULL), 0))::text
                 AS plain
          FROM wsr GROUP BY g) r;

-- Moving windows of every frame kind, with EXCLUDE clauses, against the
-- plain sums over the same frame: rows of every scale, wide rows
-- included, come and go.
CREATE FUNCTION wsr_window_check(frame text)
RETURNS TABLE (frames bigint, same_text bigint)
LANGUAGE plpgsql AS $$
BEGIN
	RETURN QUERY EXECUTE format(
		'SELECT count(*), count(*) FILTER (WHERE ws IS NOT DISTINCT FROM plain)
		   FROM (SELECT weighted_score(s, w) OVER f ::text AS ws,
		                (sum(s * w) FILTER (WHERE s IS NOT NULL
		                                      AND w IS NOT NULL) OVER f
		                 / nullif(sum(w) FILTER (WHERE s IS NOT NULL
		                                           AND w IS NOT NULL) OVER f,
		                          0))::text AS plain
		           FROM wsr WINDOW f AS (%s)) r', frame);
END
$$;
SELECT kind, c.*
  FROM (VALUES
          ('rows', 'ROWS BETWEEN 5 PRECEDING AND 2 FOLLOWING'),
          ('rows exclude current row',
           'ROWS BETWEEN 5 PRECEDING AND 2 FOLLOWING EXCLUDE CURRENT ROW'),
          ('range exclude group',
           'RANGE BETWEEN 2 PRECEDING AND 1 FOLLOWING EXCLUDE GROUP'),
          ('groups exclude ties',
           'GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES'))
       v(kind, frame),
       LATERAL wsr_window_check(
         'PARTITION BY g % 20 ORDER BY i'
         || CASE WHEN kind LIKE 'rows%' THEN ', g ' ELSE ' ' END || frame) c
 ORDER BY kind;

-- Wide rows leaving a moving window: the row with the most decimals
-- leaves while others stay, rows at that scale leave one by one, and the
-- last wide row leaves; each frame's text is the plain query's.
SELECT i, weighted_score(s, w) OVER f AS ws,
       (sum(s * w) OVER f / sum(w) OVER f)::text
         = weighted_score(s, w) OVER f ::text AS same_text
  FROM (VALUES (1, 1e20, 1.0), (2, 2.00000000000000000001, 1),
               (3, 3.00000000000000000001, 1), (4, 1e19, 0.5),
               (5, 5, 1), (6, 6.5, 1), (7, 7, 1)) v(i, s, w)
WINDOW f AS (ORDER BY i ROWS 2 PRECEDING)
 ORDER BY i;

-- The integer path's edges: 18 digits, 15 decimals, values spanning six
-- base-10000 digits, 19 digits and 16 decimals (wide), sums beyond 128
-- bits, and scales rising over a sum that no longer fits.
SELECT weighted_score(s, w)::text = (sum(s * w) / sum(w))::text AS same_text,
       weighted_score(s, w)
  FROM (VALUES (999999999999999999, 999999999999999999),
               (-999999999999999999, 99999999999999999.9),
               (12345.1234567890123, 123.000000000000001),
               (0.999999999999999, 1000.00000000000000),
               (1234567890123456789, 1),
               (-0.0000000000000001, 1)) v(s, w);
SELECT weighted_score(s, w)::text = (sum(s * w) / sum(w))::text AS same_text
  FROM (SELECT (999999999999999999 - i) * (CASE WHEN i % 2 = 0 THEN 1
                                                ELSE -1 END) AS s,
               999999999999999999 - i * 1000 AS w
          FROM generate_series(1, 3000) i
        UNION ALL SELECT 1.000000000000001, 999.999999999999999) v;

-- Long values: 1000 digits, display scales up to 16383 (a product's
-- scale beyond that is rounded by numeric multiplication), stored in a
-- table where they are compressed in line (s) or moved out of line
-- uncompressed (se, recomputed from s), in typmod columns, and read back
-- in short and long header forms.
CREATE TABLE wsr_stored (i int, s numeric, w numeric, st numeric(20, 18),
                         wt numeric(6, 1), se numeric);
ALTER TABLE wsr_stored ALTER COLUMN se SET STORAGE EXTERNAL;
INSERT INTO wsr_stored
SELECT i,
       CASE i % 4
         WHEN 0 THEN (repeat('9', 1000))::numeric / (i + 1)
         WHEN 1 THEN ('0.' || repeat('3', 16383))::numeric
         WHEN 2 THEN -(repeat('12', 400) || '.5')::numeric
         ELSE i / 7.0 END,
       CASE i % 3
         WHEN 0 THEN ('0.' || repeat('0', 16000) || '7')::numeric
         WHEN 1 THEN 2.00001
         ELSE i END,
       i / 3.0, i % 100 + 0.5
  FROM generate_series(1, 200) i;
UPDATE wsr_stored SET se = s + 0;
SELECT count(*) FILTER (WHERE pg_column_compression(s) IS NOT NULL)
         > 0 AS some_compressed,
       (SELECT pg_relation_size(reltoastrelid) > 0 FROM pg_class
         WHERE oid = 'wsr_stored'::regclass) AS some_out_of_line,
       (SELECT weighted_score(s, w)::text
               = (sum(s * w) / sum(w))::text FROM wsr_stored) AS long_values,
       (SELECT weighted_score(se, w)::text
               = (sum(s * w) / sum(w))::text FROM wsr_stored) AS out_of_line,
       (SELECT weighted_score(st, wt)::text
               = (sum(st * wt) / sum(wt))::text FROM wsr_stored) AS typmods,
       (SELECT weighted_score(s, wt)::text
               = (sum(s * wt) / sum(wt))::text FROM wsr_stored) AS mixed
  FROM wsr_stored;
SELECT count(*) AS frames,
       count(*) FILTER (WHERE ws = plain) AS same_text
  FROM (SELECT weighted_score(s, w) OVER f ::text AS ws,
               (sum(s * w) OVER f / sum(w) OVER f)::text AS plain
          FROM wsr_stored WINDOW f AS (ORDER BY i ROWS 7 PRECEDING)) r;

-- Parallel plans: partial states with wide parts and per-scale counts
-- are serialised and combined; the text equals the serial one and the
-- plain query's, per group and overall.
CREATE TABLE wsr_big AS
SELECT g % 50 AS g, s, w FROM wsr CROSS JOIN generate_series(1, 9) k;
ANALYZE wsr_big;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET force_parallel_mode = on;
EXPLAIN (COSTS OFF) SELECT g, weighted_score(s, w) FROM wsr_big GROUP BY g;
CREATE TABLE wsr_parallel AS
SELECT g, weighted_score(s, w)::text AS ws FROM wsr_big GROUP BY g;
SET max_parallel_workers_per_gather = 0;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE p.ws IS NOT DISTINCT FROM r.ws) AS same_as_serial,
       count(*) FILTER (WHERE p.ws IS NOT DISTINCT FROM r.plain) AS same_as_plain
  FROM wsr_parallel p
  JOIN (SELECT g, weighted_score(s, w)::text AS ws,
               (sum(s * w) FILTER (WHERE s IS NOT NULL AND w IS NOT NULL)
                / nullif(sum(w) FILTER (WHERE s IS NOT NULL
                                          AND w IS NOT NULL), 0))::text
                 AS plain
          FROM wsr_big GROUP BY g) r USING (g);
RESET force_parallel_mode;
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;

-- Bad values on either path name the value.
SELECT weighted_score(s, w) FROM (VALUES (1.0, 2.0), (1.0, -1e30)) v(s, w);
SELECT weighted_score(s, w)
  FROM (VALUES (1.0, 2.0), (1.0, -0.0000000000000000001)) v(s, w);
SELECT weighted_score(s, w) FROM (VALUES (1e40, 'NaN'::numeric)) v(s, w);
SELECT weighted_score(s, w)
  FROM (VALUES (1.0, 1.0), ('-Infinity'::numeric, 0)) v(s, w);
