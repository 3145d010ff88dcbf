-- Updating 0.1.0 to 0.2.0 in a database that uses it: installed in its
-- own schema, with a view over weighted_score on numeric columns, a
-- rollup table of sla_summary, a model edit, and a hostile search_path
-- (functions named like pg_catalog's, planted in public, that fail when
-- called).  The update must leave every user object working as before.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off

BEGIN;
CREATE EXTENSION pgtap;
SELECT plan(8);

CREATE SCHEMA svc;
CREATE EXTENSION svcindex SCHEMA svc VERSION '0.1.0';

CREATE TABLE public.ratings (g int, s numeric(6, 2), w numeric(4, 1));
INSERT INTO public.ratings
SELECT i % 3, i * 1.25, i % 4 FROM generate_series(1, 30) i;
CREATE VIEW public.rating_scores AS
SELECT g, svc.weighted_score(s, w) AS score FROM public.ratings GROUP BY g;
CREATE TABLE public.sla_daily (day int, summary svc.sla_summary);
INSERT INTO public.sla_daily
SELECT i % 5, svc.sla_agg(interval '7 minutes' * i, interval '2 hours')
  FROM generate_series(1, 100) i GROUP BY i % 5;
INSERT INTO svc.indicator (code, kind, name_en) VALUES ('MINE', 'index', 'own');

CREATE TEMP TABLE before_update AS
SELECT (SELECT string_agg(g || ':' || score, ',' ORDER BY g)
          FROM public.rating_scores) AS scores,
       (SELECT svc.rollup(summary)::text FROM public.sla_daily) AS rollup;

CREATE FUNCTION public.numeric_add(numeric, numeric) RETURNS numeric
LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'planted numeric_add called'; END$$;
CREATE FUNCTION public.numeric_mul(numeric, numeric) RETURNS numeric
LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'planted numeric_mul called'; END$$;
CREATE FUNCTION public.sum(numeric) RETURNS numeric
LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'planted sum called'; END$$;
CREATE FUNCTION public.float8(numeric) RETURNS float8
LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'planted float8 called'; END$$;
SET search_path = public, pg_catalog, svc;
ALTER EXTENSION svcindex UPDATE TO '0.2.0';
RESET search_path;

SELECT is((SELECT extversion FROM pg_extension WHERE extname = 'svcindex'),
          '0.2.0', 'the update reaches 0.2.0 under a hostile search_path');
SELECT is((SELECT count(*) FROM pg_proc
            WHERE proname = 'weighted_score'
              AND pronamespace = 'svc'::regnamespace)::int, 2,
          'the numeric weighted_score is created in the extension''s schema');
SELECT is((SELECT string_agg(g || ':' || score, ',' ORDER BY g)
             FROM public.rating_scores),
          (SELECT scores FROM before_update),
          'a view made under 0.1.0 gives the same scores after the update');
SELECT is((SELECT format_type(atttypid, atttypmod) FROM pg_attribute
            WHERE attrelid = 'public.rating_scores'::regclass
              AND attname = 'score'),
          'double precision',
          'the view keeps the float8 weighted_score it was made with');
SELECT is((SELECT svc.rollup(summary)::text FROM public.sla_daily),
          (SELECT rollup FROM before_update),
          'sla_summary values stored under 0.1.0 roll up the same');
SELECT is((SELECT count(*) FROM svc.indicator WHERE code = 'MINE')::int, 1,
          'the user''s model row survives the update');
-- New queries with numeric arguments now resolve to the numeric form.
SELECT is((SELECT pg_typeof(svc.weighted_score(s, w))::text
             FROM public.ratings),
          'numeric', 'numeric arguments now take the numeric weighted_score');
SELECT is((SELECT svc.weighted_score(s, w)::text FROM public.ratings),
          (SELECT (pg_catalog.sum(s * w) / pg_catalog.sum(w))::text
             FROM public.ratings),
          'the numeric weighted_score equals the plain numeric query');

SELECT * FROM finish();
ROLLBACK;
