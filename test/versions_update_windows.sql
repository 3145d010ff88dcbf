-- Updating 0.1.0 to 0.2.0 as README describes it: the update refuses a
-- schema that already holds a function with the signature of one it adds;
-- views that use sla_agg and rollup(sla_summary) in moving windows keep
-- their results (now from the moving-window form); a SQL function whose
-- body is kept as text is parsed again and takes the numeric
-- weighted_score, while one with a BEGIN ATOMIC body keeps the float8 one.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off

BEGIN;
CREATE EXTENSION pgtap;
SELECT plan(12);

CREATE SCHEMA svc;
CREATE EXTENSION svcindex SCHEMA svc VERSION '0.1.0';

-- A function of the user's own with the signature the update adds.
CREATE FUNCTION svc.business_days(svc.business_calendar, date, date)
RETURNS integer LANGUAGE sql IMMUTABLE RETURN 0;
SELECT throws_ok($$ALTER EXTENSION svcindex UPDATE TO '0.2.0'$$, '42723',
                 NULL, 'the update stops on a business_days of the user''s own');
SELECT is((SELECT extversion FROM pg_extension WHERE extname = 'svcindex'),
          '0.1.0', 'and leaves the extension at 0.1.0');
DROP FUNCTION svc.business_days(svc.business_calendar, date, date);

-- Durations with ties and with extremes leaving the frames.
CREATE TABLE public.request (id int PRIMARY KEY, elapsed interval,
                             target interval, day int);
INSERT INTO public.request
SELECT i, ((i * 37) % 97) * interval '1 minute', interval '45 minutes', i / 10
  FROM generate_series(1, 300) i;
CREATE VIEW public.moving_sla AS
SELECT id, svc.sla_agg(elapsed, target)
         OVER (ORDER BY id ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS s
  FROM public.request;
CREATE VIEW public.moving_rollup AS
SELECT day, svc.rollup(s) OVER (ORDER BY day ROWS 3 PRECEDING) AS s
  FROM (SELECT day, svc.sla_agg(elapsed, target) AS s
          FROM public.request GROUP BY day) daily;

CREATE TABLE public.rating (s numeric, w numeric);
INSERT INTO public.rating VALUES (12.5, 1), (13, 2), (12.3, 8);
CREATE FUNCTION public.score_type_text() RETURNS text
LANGUAGE sql STABLE
AS 'SELECT pg_typeof(svc.weighted_score(s, w))::text FROM public.rating';
CREATE FUNCTION public.score_type_atomic() RETURNS text
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT pg_typeof(svc.weighted_score(s, w))::text FROM public.rating;
END;

CREATE TEMP TABLE before_update AS
SELECT (SELECT string_agg(id || ':' || s::text, ',' ORDER BY id)
          FROM public.moving_sla) AS moving_sla,
       (SELECT string_agg(day || ':' || s::text, ',' ORDER BY day)
          FROM public.moving_rollup) AS moving_rollup;

SELECT is(public.score_type_text(), 'double precision',
          'at 0.1.0 numeric columns go through the float8 weighted_score');

ALTER EXTENSION svcindex UPDATE TO '0.2.0';

SELECT is((SELECT extversion FROM pg_extension WHERE extname = 'svcindex'),
          '0.2.0', 'updated to 0.2.0');
SELECT ok((SELECT bool_and(aggminvtransfn <> 0) FROM pg_aggregate
            WHERE aggfnoid IN ('svc.sla_agg(interval, interval)'::regprocedure,
                               'svc.rollup(svc.sla_summary)'::regprocedure)),
          'sla_agg and rollup(sla_summary) have their moving-window form');
SELECT is((SELECT string_agg(id || ':' || s::text, ',' ORDER BY id)
             FROM public.moving_sla),
          (SELECT moving_sla FROM before_update),
          'the sla_agg window view gives the summaries it gave at 0.1.0');
SELECT is((SELECT string_agg(day || ':' || s::text, ',' ORDER BY day)
             FROM public.moving_rollup),
          (SELECT moving_rollup FROM before_update),
          'the rollup window view gives the summaries it gave at 0.1.0');

-- The moving frames against a plain recount of the same rows.
SELECT is((SELECT count(*) FROM public.moving_sla m
            WHERE (svc.total(m.s), svc.met(m.s),
                   svc.percentile(m.s, 0), svc.percentile(m.s, 1)) IS DISTINCT FROM
                  (SELECT (count(*), count(*) FILTER (WHERE r.elapsed <= r.target),
                           min(r.elapsed), max(r.elapsed))
                     FROM public.request r
                    WHERE r.id BETWEEN m.id - 6 AND m.id)),
          0::bigint,
          'every moving sla_agg frame counts, meets and bounds its own rows');
SELECT is((SELECT count(*) FROM public.moving_rollup m
            WHERE (svc.total(m.s), svc.met(m.s), svc.mean(m.s)) IS DISTINCT FROM
                  (SELECT (count(*), count(*) FILTER (WHERE r.elapsed <= r.target),
                           avg(r.elapsed))
                     FROM public.request r
                    WHERE r.day BETWEEN m.day - 3 AND m.day)),
          0::bigint,
          'every moving rollup frame counts, meets and averages its own rows');

SELECT is(public.score_type_text(), 'numeric',
          'a SQL function kept as text takes the numeric weighted_score');
SELECT is(public.score_type_atomic(), 'double precision',
          'a BEGIN ATOMIC function keeps the float8 weighted_score');
SELECT is((SELECT svc.weighted_score(s, w) FROM public.rating),
          (SELECT sum(s * w) / sum(w) FROM public.rating),
          'the numeric form equals the plain numeric query');

SELECT * FROM finish();
ROLLBACK;
