-- Versions: install the oldest version, walk every ALTER EXTENSION UPDATE
-- up to the default version, and check that the result has the same
-- objects, with the same definitions, as a fresh install of the default.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off

BEGIN;
CREATE EXTENSION pgtap;
SELECT plan(4);

CREATE TEMP TABLE svc_version AS
SELECT version,
       pg_catalog.string_to_array(version, '.')::int[] AS sort_key
  FROM pg_catalog.pg_available_extension_versions
 WHERE name = 'svcindex';

SELECT cmp_ok((SELECT count(*) FROM svc_version)::int, '>=', 1,
              'svcindex offers at least one version');

-- What an installed svcindex consists of, down to function definitions.
CREATE FUNCTION pg_temp.svc_objects()
RETURNS TABLE (kind text, identity text, definition text)
LANGUAGE sql AS $$
SELECT o.type, o.identity,
       CASE WHEN d.classid = 'pg_proc'::regclass
            THEN (SELECT concat_ws(' ', p.prosrc, p.provolatile, p.proparallel,
                                   p.proisstrict)
                    FROM pg_proc p WHERE p.oid = d.objid)
       END
  FROM pg_depend d
  CROSS JOIN LATERAL pg_identify_object(d.classid, d.objid, 0) o
 WHERE d.refclassid = 'pg_extension'::regclass
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'svcindex')
   AND d.deptype = 'e'
$$;

-- Oldest first, then every update in order.
DO $$
DECLARE
    step text;
BEGIN
    EXECUTE format('CREATE EXTENSION svcindex VERSION %L',
                   (SELECT version FROM svc_version ORDER BY sort_key LIMIT 1));
    FOR step IN
        SELECT version FROM svc_version ORDER BY sort_key OFFSET 1
    LOOP
        EXECUTE format('ALTER EXTENSION svcindex UPDATE TO %L', step);
    END LOOP;
END
$$;

SELECT is((SELECT extversion FROM pg_extension WHERE extname = 'svcindex'),
          (SELECT default_version FROM pg_available_extensions
            WHERE name = 'svcindex'),
          'the update chain ends at the default version');

CREATE TEMP TABLE svc_walked AS SELECT * FROM pg_temp.svc_objects();
DROP EXTENSION svcindex;
CREATE EXTENSION svcindex;
CREATE TEMP TABLE svc_fresh AS SELECT * FROM pg_temp.svc_objects();

SELECT set_eq('SELECT * FROM svc_walked', 'SELECT * FROM svc_fresh',
              'an updated install equals a fresh install');

SELECT is((SELECT count(*) FROM svc_fresh WHERE kind = 'function')::int
          > 0, true, 'the extension installs its functions');

SELECT * FROM finish();
ROLLBACK;
