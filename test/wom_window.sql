-- Word of mouth in moving windows: every aggregate with an inverse
-- transition gives, row by row, what the plain aggregate gives over the
-- same frame.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off

BEGIN;
CREATE EXTENSION pgtap;
CREATE EXTENSION svcindex;
SELECT plan(16);

-- 1,200 answers over 0..10, one in 13 NULL, three a day, with dyadic
-- and decimal weights
CREATE TABLE wom_daily AS
SELECT i, i / 3 AS day,
       CASE WHEN i % 13 = 0 THEN NULL ELSE (i * 7919) % 11 END AS score,
       ((i * 31) % 8 + 1) * 0.25 AS dyadic_weight,
       ((i * 17) % 10 + 1) * 0.1 AS decimal_weight
  FROM generate_series(1, 1200) i;

-- The number of rows where a moving-window expression differs from the
-- same aggregate recomputed over the frame rows i - 29 .. i.
CREATE FUNCTION pg_temp.mismatches(expression text, over_frame text)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    result bigint;
BEGIN
    EXECUTE format(
        'SELECT count(*) FROM (
             SELECT i, (%1$s OVER (ORDER BY i ROWS 29 PRECEDING))::text AS moving
               FROM wom_daily) m
          WHERE moving IS DISTINCT FROM
                (SELECT (%2$s)::text FROM wom_daily f
                  WHERE f.i BETWEEN m.i - 29 AND m.i)',
        expression, over_frame) INTO result;
    RETURN result;
END
$$;

SELECT is(pg_temp.mismatches('nps(score)', 'nps(score)'), 0::bigint,
          'nps(integer) over 30 rows');
SELECT is(pg_temp.mismatches('nps(score::smallint)', 'nps(score::smallint)'),
          0::bigint, 'nps(smallint) over 30 rows');
SELECT is(pg_temp.mismatches('nps(score::numeric / 2 + 5)',
                             'nps(score::numeric / 2 + 5)'),
          0::bigint, 'nps(numeric) with half points over 30 rows');
SELECT is(pg_temp.mismatches('nps(score::float8)', 'nps(score::float8)'),
          0::bigint, 'nps(double precision) over 30 rows');
SELECT is(pg_temp.mismatches('nps_agg(score)', 'nps_agg(score)'), 0::bigint,
          'nps_agg over 30 rows');
SELECT is(pg_temp.mismatches('nps_agg(score, dyadic_weight)',
                             'nps_agg(score, dyadic_weight)'),
          0::bigint, 'weighted nps_agg, dyadic weights, over 30 rows');
SELECT is(pg_temp.mismatches('nps_agg(score::numeric, decimal_weight)',
                             'nps_agg(score::numeric, decimal_weight)'),
          0::bigint, 'weighted nps_agg, decimal weights, over 30 rows');
SELECT is(pg_temp.mismatches('rating_agg(score, 0, 10)',
                             'rating_agg(score, 0, 10)'),
          0::bigint, 'rating_agg over 30 rows');
SELECT is(pg_temp.mismatches('rating_agg(score::numeric, 0, 10)',
                             'rating_agg(score::numeric, 0, 10)'),
          0::bigint, 'rating_agg(numeric) over 30 rows');
SELECT is(pg_temp.mismatches('csat(score, 0, 10, 9)', 'csat(score, 0, 10, 9)'),
          0::bigint, 'csat over 30 rows');
SELECT is(pg_temp.mismatches('top_box(score, 0, 10, 2)',
                             'top_box(score, 0, 10, 2)'),
          0::bigint, 'top_box over 30 rows');
SELECT is(pg_temp.mismatches('bottom_box(score, 0, 10, 7)',
                             'bottom_box(score, 0, 10, 7)'),
          0::bigint, 'bottom_box over 30 rows');

-- a RANGE frame of 30 days, several rows a day
SELECT is((SELECT count(*) FROM (
               SELECT day, nps(score) OVER (ORDER BY day RANGE 29 PRECEDING) AS moving
                 FROM wom_daily) m
            WHERE moving IS DISTINCT FROM
                  (SELECT nps(score) FROM wom_daily f
                    WHERE f.day BETWEEN m.day - 29 AND m.day)),
          0::bigint, 'nps over a 30-day RANGE frame');

-- A weight that swamps the others (cases.json, inverse transitions that
-- cannot undo a floating-point step): 1e20 + 1 rounds to 1e20, so taking
-- 1e20 away again would leave 0 detractor weight instead of 1 and report
-- the frame {0 (weight 1), 10 (weight 1)} as 100 instead of 0.
SELECT is(array_agg(n ORDER BY i)::text, '{-100,-100,0,100}',
          'a swamping weight leaves no trace once it leaves the frame')
  FROM (SELECT i, nps(s, w) OVER (ORDER BY i ROWS 1 PRECEDING) AS n
          FROM (VALUES (1, 0, 1e20::float8), (2, 0, 1), (3, 10, 1), (4, 10, 1))
               v(i, s, w)) x;
SELECT is(array_agg(round(e::numeric, 6) ORDER BY i)::text,
          '{1.000000,1.000000,2.000000,2.000000}',
          'and the effective sample size recovers with it')
  FROM (SELECT i, effective_responses(nps_agg(s, w) OVER (ORDER BY i ROWS 1 PRECEDING)) AS e
          FROM (VALUES (1, 0, 1e20::float8), (2, 0, 1), (3, 10, 1), (4, 10, 1))
               v(i, s, w)) x;

-- frames that hold only NULLs give NULL, as the plain aggregate does
SELECT is(array_agg(n ORDER BY i)::text, '{NULL,NULL,100,100,NULL}',
          'frames of NULLs give NULL')
  FROM (SELECT i, nps(s) OVER (ORDER BY i ROWS 1 PRECEDING) AS n
          FROM (VALUES (1, NULL::int), (2, NULL), (3, 9), (4, NULL),
                       (5, NULL)) v(i, s)) x;

SELECT * FROM finish();
ROLLBACK;
