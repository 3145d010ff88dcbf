-- SLA summaries under attack: binary input built byte by byte (valid,
-- inconsistent and malformed), the SQLSTATE of every kind of bad input,
-- and percentiles of a heavy-tailed distribution against percentile_disc
-- within and below the reach of the sketch's window.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off

BEGIN;
CREATE EXTENSION pgtap;
CREATE EXTENSION svcindex;
SELECT plan(19);

-- The binary form: total, met, the sum's high and low 64-bit halves,
-- minimum, maximum, the number of buckets, then each bucket's index
-- (int16) and count (int64).
CREATE FUNCTION pg_temp.summary_bytes(total int8, met int8, sum_us numeric,
									  min_us int8, max_us int8,
									  buckets int2[], counts int8[])
RETURNS bytea LANGUAGE sql AS $$
	SELECT int8send(total) || int8send(met)
		   || int8send(floor(sum_us / 18446744073709551616)::int8)
		   || int8send((CASE WHEN low >= 9223372036854775808
							 THEN low - 18446744073709551616 ELSE low END)::int8)
		   || int8send(min_us) || int8send(max_us)
		   || int4send(coalesce(cardinality(buckets), 0))
		   || coalesce((SELECT string_agg(int2send(b) || int8send(c), ''::bytea
										  ORDER BY o)
						  FROM unnest(buckets, counts) WITH ORDINALITY u(b, c, o)),
					   ''::bytea)
	  FROM (SELECT sum_us - floor(sum_us / 18446744073709551616)
						   * 18446744073709551616) l(low)
$$;

-- Raw bytes written as one field of a binary COPY and read back as an
-- sla_summary, so that its receive function sees exactly those bytes.
CREATE TABLE sla_bytes (b bytea);
CREATE TABLE sla_read (s sla_summary);
CREATE FUNCTION pg_temp.read_binary(bytes bytea) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	path text := current_setting('data_directory') || '/sla_review_binary.bin';
BEGIN
	DELETE FROM sla_bytes;
	DELETE FROM sla_read;
	INSERT INTO sla_bytes VALUES (bytes);
	EXECUTE format('COPY sla_bytes TO %L WITH (FORMAT binary)', path);
	EXECUTE format('COPY sla_read FROM %L WITH (FORMAT binary)', path);
	RETURN (SELECT s::text FROM sla_read);
END
$$;

SELECT is(pg_temp.read_binary(pg_temp.summary_bytes(1, 1, 5, 5, 5, '{83}', '{1}')),
		  (SELECT sla_agg('5 microseconds', '1 second')::text),
		  'binary input of one 5 us duration reads as sla_agg gives it');
SELECT is(pg_temp.read_binary(sla_summary_send(s)), s::text,
		  'binary output reads back: negative, zero, microsecond and ten-year durations')
  FROM (SELECT sla_agg(e, '1 hour') s
		  FROM (VALUES ('-3 days'::interval), ('0'), ('1 microsecond'),
					   ('7 microseconds'), ('2 hours'), ('10 years')) v(e)) x;
SELECT is(pg_temp.read_binary(pg_temp.summary_bytes(2, 0, 18446744073709551614,
													9223372036854775807,
													9223372036854775807,
													'{2207}', '{2}')),
		  '(total=2,met=0,sum_us=18446744073709551614,min_us=9223372036854775807,max_us=9223372036854775807,buckets=[2207],counts=[2])',
		  'binary input with a sum beyond 64 bits reads back');
SELECT throws_ok($$SELECT pg_temp.read_binary(pg_temp.summary_bytes(1, 1, 5, 5, 5, '{2000}', '{1}'))$$,
				 '22P03', 'invalid sla_summary value',
				 'binary input: a bucket above the maximum''s is refused');
SELECT throws_ok($$SELECT pg_temp.read_binary(pg_temp.summary_bytes(1, 1, 5, 5, 5, '{-83}', '{1}'))$$,
				 '22P03', 'invalid sla_summary value',
				 'binary input: a bucket of the wrong sign is refused');
SELECT throws_ok($$SELECT pg_temp.read_binary(pg_temp.summary_bytes(1, 1, 5, 5, 6, '{83}', '{1}'))$$,
				 '22P03', 'invalid sla_summary value',
				 'binary input: one duration with a minimum below its maximum is refused');
SELECT throws_ok($$SELECT pg_temp.read_binary(pg_temp.summary_bytes(2, 2, 100, 5, 90, '{83,229}', '{1,1}'))$$,
				 '22P03', 'invalid sla_summary value',
				 'binary input: two durations whose sum is not the minimum plus the maximum are refused');
SELECT throws_ok($$SELECT pg_temp.read_binary(pg_temp.summary_bytes(1, 1, 5, 5, 5, '{83}', '{0}'))$$,
				 '22P03', 'invalid sla_summary bucket 83 with count 0',
				 'binary input: a bucket with a count of zero is refused');
SELECT throws_ok($$SELECT pg_temp.read_binary(pg_temp.summary_bytes(2, 2, 10, 5, 5, '{83,83}', '{1,1}'))$$,
				 '22P03', 'invalid sla_summary bucket 83 with count 1',
				 'binary input: a repeated bucket is refused');
SELECT throws_ok($$SELECT pg_temp.read_binary(pg_temp.summary_bytes(4, 4, 20, 5, 5, '{83}', '{4}')
												|| '\x00'::bytea)$$,
				 '22P03', NULL,
				 'binary input: bytes after the last bucket are refused');
SELECT throws_ok($$SELECT pg_temp.read_binary(substr(pg_temp.summary_bytes(1, 1, 5, 5, 5, '{83}', '{1}'), 1, 60))$$,
				 '08P01', NULL,
				 'binary input: a value cut short is refused');

-- Text input: the same checks, with the text named in the message.
SELECT throws_ok($$SELECT '(total=1,met=1,sum_us=5,min_us=5,max_us=5,buckets=[2000],counts=[1])'::sla_summary$$,
				 '22P02',
				 'invalid input syntax for type sla_summary: "(total=1,met=1,sum_us=5,min_us=5,max_us=5,buckets=[2000],counts=[1])"',
				 'text input: a bucket above the maximum''s is refused');
SELECT throws_ok($$SELECT '(total=1,met=1,sum_us=5,min_us=5,max_us=6,buckets=[83],counts=[1])'::sla_summary$$,
				 '22P02', NULL,
				 'text input: one duration with a minimum below its maximum is refused');

-- Other bad input and its SQLSTATE.
SELECT throws_ok($$SELECT percentile(sla_agg('1 hour', '1 hour'), -0.1)$$,
				 '22003', 'fraction -0.1 is out of range',
				 'a fraction below 0 is 22003');
SELECT throws_ok($$SELECT percentile(sla_agg('1 hour', '1 hour'), 'NaN')$$,
				 '22023', 'fraction must be a finite number, got NaN',
				 'a NaN fraction is 22023');
SELECT throws_ok($$SELECT sla_agg('1 hour', '-300000 years')$$,
				 '22003', 'target -300000 years is out of range',
				 'a target beyond 64-bit microseconds is 22003');

-- A heavy tail: Pareto durations 1 ms / u^2 at u = i / 200001 for i = 1
-- to 200,000, from a millisecond to 1.3 years.  Percentiles of at least
-- max / gamma^1000 (the window's reach, here 0.1 s) are within 0.99 % +
-- 0.5 us of percentile_disc; those below max / gamma^1001 lie below the
-- lowest bucket kept, are counted in it, and are overestimated by 0.99 %
-- or more (the median of 4 ms 25-fold).
CREATE TABLE sla_pareto AS
SELECT round(1000 * power(i / 200001.0, -2))::int8 * interval '1 microsecond'
		 AS elapsed
  FROM generate_series(1, 200000) i;
CREATE TABLE sla_pareto_check AS
SELECT q, extract(epoch FROM percentile(s, q)) * 1000000 AS sketch_us,
	   extract(epoch FROM disc) * 1000000 AS disc_us,
	   extract(epoch FROM disc) * 1000000
		 >= extract(epoch FROM top) * 1000000 / exp(1000 * ln(1.0099 / 0.9901))
		 AS in_window,
	   extract(epoch FROM disc) * 1000000
		 < extract(epoch FROM top) * 1000000 / exp(1001 * ln(1.0099 / 0.9901))
		 AS below_window
  FROM (SELECT q::float8 FROM generate_series(0.005, 0.995, 0.005) q
		UNION ALL SELECT unnest(ARRAY[0.999, 0.9999])) f(q),
	   (SELECT sla_agg(elapsed, '1 day') s, max(elapsed) top FROM sla_pareto) x,
	   LATERAL (SELECT percentile_disc(q) WITHIN GROUP (ORDER BY elapsed)
				  FROM sla_pareto) d(disc);
SELECT is((SELECT count(*) FROM sla_pareto_check
			WHERE in_window
			  AND abs(sketch_us - disc_us) > 0.0099 * disc_us + 0.5)::int, 0,
		  'heavy tail: percentiles within the window are within 0.99 % + 0.5 us');
SELECT ok((SELECT count(*) FILTER (WHERE in_window) >= 10
				  AND count(*) FILTER (WHERE below_window) >= 10
				  AND bool_and(NOT below_window OR sketch_us >= 1.0099 * disc_us - 0.5)
			 FROM sla_pareto_check),
		  'heavy tail: percentiles below the window are overestimated by 0.99 % or more');
SELECT ok((SELECT sketch_us > 10 * disc_us FROM sla_pareto_check WHERE q = 0.5),
		  'heavy tail: the median, below the window, is overestimated more than tenfold');

SELECT * FROM finish();
ROLLBACK;
