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
SELECT plan(8);

CREATE TEMP TABLE svc_version AS
SELECT version,
       pg_catalog.string_to_array(version, '.')::int[] AS sort_key
  FROM pg_catalog.pg_available_extension_versions
 WHERE name = 'svcindex';

SELECT cmp_ok((SELECT count(*) FROM svc_version)::int, '>=', 2,
              'svcindex offers a released version and the current one');

-- What an installed svcindex consists of, down to function definitions.
CREATE FUNCTION pg_temp.svc_objects()
RETURNS TABLE (kind text, identity text, definition text)
LANGUAGE sql AS $$
SELECT o.type, o.identity,
       CASE WHEN d.classid = 'pg_proc'::regclass
            THEN (SELECT concat_ws(' ', p.prosrc, p.provolatile, p.proparallel,
                                   p.proisstrict,
                                   pg_get_function_result(p.oid),
                                   (SELECT concat_ws(' ', a.aggkind,
                                                     a.aggtransfn, a.aggfinalfn,
                                                     a.aggcombinefn,
                                                     a.aggserialfn,
                                                     a.aggdeserialfn,
                                                     a.aggmtransfn,
                                                     a.aggminvtransfn,
                                                     a.aggmfinalfn,
                                                     a.aggfinalextra,
                                                     a.aggmfinalextra,
                                                     a.aggfinalmodify,
                                                     a.aggmfinalmodify,
                                                     a.aggtranstype::regtype,
                                                     a.aggmtranstype::regtype,
                                                     a.agginitval,
                                                     a.aggminitval)
                                      FROM pg_aggregate a
                                     WHERE a.aggfnoid = p.oid))
                    FROM pg_proc p WHERE p.oid = d.objid)
       END
  FROM pg_depend d
  CROSS JOIN LATERAL pg_identify_object(d.classid, d.objid, 0) o
 WHERE d.refclassid = 'pg_extension'::regclass
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'svcindex')
   AND d.deptype = 'e'
$$;

-- Oldest first, with a user's edits to the indicator model, then every
-- update in order.
DO $$
DECLARE
    step text;
BEGIN
    EXECUTE format('CREATE EXTENSION svcindex VERSION %L',
                   (SELECT version FROM svc_version ORDER BY sort_key LIMIT 1));
    INSERT INTO indicator (code, kind, name_en, obtained, direction, unit)
    VALUES ('EFF.RSP.CALLBACK', 'item', 'call-back time', 'measured',
            'lower', 'minutes');
    INSERT INTO indicator_link (parent_code, child_code, weight)
    VALUES ('EFF.RSP', 'EFF.RSP.CALLBACK', 2);
    UPDATE indicator_link SET weight = 3
     WHERE (parent_code, child_code) =
           (SELECT parent_code, child_code FROM indicator_link
             WHERE is_default AND parent_code = 'SVCI'
             ORDER BY child_code LIMIT 1);
    UPDATE indicator SET retired = true
     WHERE code = (SELECT code FROM indicator
                    WHERE is_default AND kind = 'item'
                    ORDER BY code LIMIT 1);
    CREATE TEMP TABLE svc_edits AS
    SELECT 'indicator' AS tab, to_jsonb(i) AS row
      FROM indicator i WHERE NOT is_default
    UNION ALL
    SELECT 'indicator_link', to_jsonb(l)
      FROM indicator_link l WHERE NOT is_default;
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

SELECT cmp_ok((SELECT count(*) FROM svc_edits)::int, '=', 4,
              'the edits made before updating are four rows of the user''s');
SELECT set_eq('SELECT ''indicator'', to_jsonb(i) FROM indicator i
                WHERE NOT is_default
               UNION ALL
               SELECT ''indicator_link'', to_jsonb(l) FROM indicator_link l
                WHERE NOT is_default',
              'SELECT tab, row FROM svc_edits',
              'the user''s model edits survive the updates unchanged');
SELECT is((SELECT count(*) FROM indicator_model_check())::int, 0,
          'the updated model with its edits passes indicator_model_check');

CREATE TEMP TABLE svc_walked AS SELECT * FROM pg_temp.svc_objects();
CREATE TEMP TABLE svc_walked_model AS
SELECT 'indicator' AS tab, to_jsonb(i) AS row FROM indicator i WHERE is_default
UNION ALL
SELECT 'indicator_link', to_jsonb(l) FROM indicator_link l WHERE is_default;
DROP EXTENSION svcindex;
CREATE EXTENSION svcindex;
CREATE TEMP TABLE svc_fresh AS SELECT * FROM pg_temp.svc_objects();
-- The edited rows are no longer defaults; the rest must match a fresh
-- install's defaults.
SELECT set_eq('SELECT * FROM svc_walked_model',
              'SELECT ''indicator'', to_jsonb(i) FROM indicator i
                WHERE is_default
                  AND code NOT IN (SELECT row ->> ''code'' FROM svc_edits
                                    WHERE tab = ''indicator'')
               UNION ALL
               SELECT ''indicator_link'', to_jsonb(l) FROM indicator_link l
                WHERE is_default
                  AND (parent_code, child_code) NOT IN
                      (SELECT row ->> ''parent_code'', row ->> ''child_code''
                         FROM svc_edits WHERE tab = ''indicator_link'')',
              'the untouched default model rows equal a fresh install''s');

SELECT set_eq('SELECT * FROM svc_walked', 'SELECT * FROM svc_fresh',
              'an updated install equals a fresh install');

SELECT is((SELECT count(*) FROM svc_fresh WHERE kind = 'function')::int
          > 0, true, 'the extension installs its functions');

SELECT * FROM finish();
ROLLBACK;
