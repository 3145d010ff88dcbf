-- Roles other than the extension's owner: functions are open to them, the
-- indicator model is not until granted, and the grants README gives for
-- readers and editors are enough to read the model and to edit it with
-- its checks in force.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off

BEGIN;
CREATE EXTENSION pgtap;
SELECT plan(9);

CREATE SCHEMA reporting;
CREATE EXTENSION svcindex SCHEMA reporting;
CREATE ROLE svc_test_analyst;
CREATE ROLE svc_test_editor;
GRANT USAGE ON SCHEMA reporting TO svc_test_analyst, svc_test_editor;
GRANT USAGE ON SCHEMA public TO svc_test_analyst, svc_test_editor;
SET search_path = reporting, public;

SET ROLE svc_test_analyst;
SELECT is(reporting.nps(score), 0::float8, 'functions need no grant')
  FROM (VALUES (9), (0)) AS t(score);
SELECT throws_ok('SELECT count(*) FROM reporting.indicator', '42501', NULL,
                 'the model tables need a grant');
SELECT throws_ok('SELECT * FROM reporting.indicator_model_check()', '42501',
                 NULL, 'and so does the model check');
RESET ROLE;

GRANT SELECT ON indicator, indicator_link, indicator_weight,
                indicator_effective_weight TO svc_test_analyst;
GRANT SELECT, INSERT, UPDATE ON indicator, indicator_link TO svc_test_editor;

SET ROLE svc_test_analyst;
SELECT is((SELECT round(sum(weight)::numeric, 12)
             FROM reporting.indicator_effective_weight
            WHERE kind = 'item' AND index_code = 'SVCI'),
          1.000000000000, 'a reader granted SELECT sees the item weights');
SELECT is((SELECT count(*) FROM reporting.indicator_model_check()), 0::bigint,
          'and can run the model check');
RESET ROLE;

SET ROLE svc_test_editor;
SELECT lives_ok($$INSERT INTO reporting.indicator
                      (code, kind, name_en, obtained, direction, unit)
                  VALUES ('EFF.RSP.CALLBACK', 'item', 'call-back time',
                          'measured', 'lower', 'minutes')$$,
                'an editor adds an indicator');
SELECT lives_ok($$INSERT INTO reporting.indicator_link
                      (parent_code, child_code, weight)
                  VALUES ('EFF.RSP', 'EFF.RSP.CALLBACK', 2)$$,
                'links it');
SELECT lives_ok($$UPDATE reporting.indicator SET retired = true
                   WHERE code = 'EFF.TML.QUEUE'$$,
                'retires a default item');
SELECT throws_ok($$DELETE FROM reporting.indicator
                    WHERE code = 'EFF.RSP.CALLBACK'$$, '42501', NULL,
                 'but may not delete, which was not granted');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
