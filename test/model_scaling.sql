-- The indicator model's triggers cost the same for each row whatever the
-- size of the tables, so that bulk loads, restores and bulk deletes of a
-- large model stay linear.  Checked without timing: the table scans the
-- statements and their triggers make, counted by the statistics of this
-- transaction (pg_stat_xact_user_tables), before and after loading and
-- deleting 5,000 indicators and 5,000 links.  A trigger that scanned a
-- table for each row would read about 5,000 * 5,000 / 2 rows; the
-- triggers look rows up by the tables' indexes instead, and each
-- statement itself may scan its table once.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off

BEGIN;
CREATE EXTENSION pgtap;
CREATE EXTENSION svcindex;
SELECT plan(12);

-- the two tables' figures so far in this transaction, under a name
CREATE TEMP TABLE scans (
    taken        text,
    relname      name,
    seq_tup_read bigint,
    n_tup_upd    bigint
);
CREATE FUNCTION pg_temp.take_scans(taken text)
RETURNS void
LANGUAGE sql AS $$
    INSERT INTO scans
    SELECT taken, relname, seq_tup_read, n_tup_upd
      FROM pg_stat_xact_user_tables
     WHERE relname IN ('indicator', 'indicator_link')
$$;

-- one statement each: 5,000 groups under the index, their links, then
-- the links and the groups deleted again.  The checks' own scans come
-- between two figures that no phase is measured across.
SELECT pg_temp.take_scans('before loading');
INSERT INTO indicator (code, kind, name_en)
SELECT 'BULK.G' || i, 'group', 'bulk group ' || i
  FROM generate_series(1, 5000) i;
INSERT INTO indicator_link (parent_code, child_code, weight)
SELECT 'SVCI', 'BULK.G' || i, 1 + i % 3
  FROM generate_series(1, 5000) i;
SELECT pg_temp.take_scans('loaded');

SELECT is((SELECT count(*) FROM indicator WHERE NOT is_default)::int, 5000,
          'the 5,000 loaded indicators are the user''s');
SELECT is((SELECT count(*) FROM indicator_link WHERE NOT is_default)::int,
          5000, 'the 5,000 loaded links are the user''s');

SELECT pg_temp.take_scans('before deleting');
DELETE FROM indicator_link WHERE child_code LIKE 'BULK.%';
DELETE FROM indicator WHERE code LIKE 'BULK.%';
SELECT pg_temp.take_scans('deleted');

SELECT is((SELECT count(*) FROM indicator WHERE NOT is_default)::int, 0,
          'the loaded indicators are deleted');

-- rows read by sequential scans in each phase, each table
SELECT cmp_ok(e.seq_tup_read - s.seq_tup_read, '<=', 10000::bigint,
              format('%s reads at most two rows of %s by scans a row',
                     phase.name, e.relname))
  FROM (VALUES ('loading', 'before loading', 'loaded'),
               ('deleting', 'before deleting', 'deleted'))
       AS phase (name, start_name, end_name)
  JOIN scans s ON s.taken = phase.start_name
  JOIN scans e ON e.taken = phase.end_name AND e.relname = s.relname
 ORDER BY phase.name DESC, e.relname;
SELECT is((SELECT sum(e.n_tup_upd - s.n_tup_upd)
             FROM scans s
             JOIN scans e ON e.taken = 'deleted' AND e.relname = s.relname
            WHERE s.taken = 'before loading')::int, 0,
          'loading and deleting new rows updates no row');

-- the edit tracking is a BEFORE ROW trigger changing the row it is given,
-- on both tables
SELECT is((SELECT count(*) FROM pg_trigger t
            WHERE t.tgfoid = 'indicator_model_track_edit()'::regprocedure
              AND t.tgtype & 1 = 1     -- FOR EACH ROW
              AND t.tgtype & 2 = 2     -- BEFORE
              AND t.tgtype & 28 = 28)::int,  -- INSERT, DELETE, UPDATE
          2, 'edits are tracked by a BEFORE ROW trigger on each table');

-- the cheaper path does not lose the behaviour: an inserted row whose
-- key is an untouched default replaces it, an edit clears is_default, and
-- default rows still cannot be deleted
INSERT INTO indicator_link (parent_code, child_code, weight)
VALUES ('SVCI', 'SAT', 3);
SELECT is((SELECT weight::text || ' ' || is_default::text FROM indicator_link
            WHERE parent_code = 'SVCI' AND child_code = 'SAT'),
          '3 false', 'a saved edit replaces its default link');
UPDATE indicator SET name_en = 'attitude' WHERE code = 'ATT';
SELECT is((SELECT is_default FROM indicator WHERE code = 'ATT'), false,
          'an edited default indicator is the user''s');
SELECT throws_ok($$DELETE FROM indicator_link WHERE child_code = 'EFF'$$,
                 '55006', NULL, 'a default link still cannot be deleted');

SELECT * FROM finish();
ROLLBACK;
