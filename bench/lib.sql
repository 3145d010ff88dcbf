-- Timing helpers shared by the benchmarks.  bench_time runs a query
-- several times and keeps the median wall-clock time, so one slow run (a
-- cold cache, a checkpoint) does not decide a ratio.
\pset pager off
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;

CREATE TABLE bench_result (
	bench	text,
	label	text,
	ms		float8,
	PRIMARY KEY (bench, label)
);

CREATE FUNCTION bench_time(bench text, label text, query text,
						   runs int DEFAULT 5)
RETURNS float8
LANGUAGE plpgsql AS $$
DECLARE
	times	float8[] := '{}';
	started timestamptz;
BEGIN
	EXECUTE query;				-- warm-up, not counted
	FOR i IN 1 .. runs LOOP
		started := clock_timestamp();
		EXECUTE query;
		times := times || (extract(epoch FROM clock_timestamp() - started)
						   * 1000)::float8;
	END LOOP;
	INSERT INTO bench_result
	SELECT bench, label, percentile_cont(0.5) WITHIN GROUP (ORDER BY t)
	  FROM unnest(times) t;
	RETURN (SELECT ms FROM bench_result r
			 WHERE r.bench = bench_time.bench AND r.label = bench_time.label);
END
$$;

-- Each timed query of one benchmark against a baseline of the same one.
CREATE FUNCTION bench_report(bench text, baseline text)
RETURNS TABLE (label text, ms numeric, ratio_to_baseline numeric)
LANGUAGE sql AS $$
	SELECT r.label, round(r.ms::numeric, 1),
		   round((r.ms / b.ms)::numeric, 2)
	  FROM bench_result r
	  JOIN bench_result b ON b.bench = r.bench AND b.label = baseline
	 WHERE r.bench = bench_report.bench
	 ORDER BY r.ms
$$;
