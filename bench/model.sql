-- Benchmark: the cost of the indicator model's edit tracking.  Inserting
-- 20,000 indicators and 20,000 links, then deleting them, with the
-- model's triggers as installed against the same statements with them
-- disabled (ALTER TABLE ... DISABLE TRIGGER USER): the ratio is what the
-- edit tracking and the link checks add.  A cost that grew with the table
-- would show here as a ratio growing with the row count.
-- Run with: make bench BENCH=model
\if :{?runs}
\else
\set runs 3
\endif

CREATE TABLE model_bench_indicator AS
SELECT 'BENCH.G' || i AS code, 'group' AS kind, 'bench group ' || i AS name_en
  FROM generate_series(1, 20000) i;
CREATE TABLE model_bench_link AS
SELECT 'SVCI' AS parent_code, code AS child_code, 1 + i % 3 AS weight
  FROM (SELECT code, row_number() OVER () AS i FROM model_bench_indicator) c;

-- One round: each statement timed on its own, its milliseconds added to
-- the round's row of model_bench_time.
CREATE TABLE model_bench_time (
	triggers	text,
	step		text,
	round		int,
	ms			float8
);

CREATE FUNCTION model_bench_round(triggers text, round int)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	steps text[][] := ARRAY[
		['insert 20,000 indicators',
		 'INSERT INTO indicator (code, kind, name_en)
		  SELECT code, kind, name_en FROM model_bench_indicator'],
		['insert 20,000 links',
		 'INSERT INTO indicator_link (parent_code, child_code, weight)
		  SELECT parent_code, child_code, weight FROM model_bench_link'],
		['delete 20,000 links',
		 'DELETE FROM indicator_link WHERE child_code LIKE ''BENCH.%'''],
		['delete 20,000 indicators',
		 'DELETE FROM indicator WHERE code LIKE ''BENCH.%''']];
	started timestamptz;
BEGIN
	FOR i IN 1 .. array_length(steps, 1) LOOP
		started := clock_timestamp();
		EXECUTE steps[i][2];
		INSERT INTO model_bench_time
		VALUES (triggers, steps[i][1], round,
				extract(epoch FROM clock_timestamp() - started) * 1000);
	END LOOP;
END
$$;

\echo :runs rounds with the model triggers disabled ...
ALTER TABLE indicator DISABLE TRIGGER USER;
ALTER TABLE indicator_link DISABLE TRIGGER USER;
SELECT model_bench_round('disabled', r) FROM generate_series(1, :runs) r;
ALTER TABLE indicator ENABLE TRIGGER USER;
ALTER TABLE indicator_link ENABLE TRIGGER USER;
\echo :runs rounds with the model triggers ...
SELECT model_bench_round('enabled', r) FROM generate_series(1, :runs) r;

-- the model is as installed again
SELECT count(*) AS indicators, bool_and(is_default) AS all_default
  FROM indicator;

-- median of the rounds, and the ratio of each statement with the triggers
-- to the same statement without them
SELECT step,
	   round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)
			 FILTER (WHERE triggers = 'enabled')::numeric, 1) AS ms_triggers,
	   round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)
			 FILTER (WHERE triggers = 'disabled')::numeric, 1) AS ms_disabled,
	   round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)
			  FILTER (WHERE triggers = 'enabled')
			  / percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)
			  FILTER (WHERE triggers = 'disabled'))::numeric, 1) AS ratio
  FROM model_bench_time
 GROUP BY step
 ORDER BY min(ctid);
