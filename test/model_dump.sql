-- Users' edits to the indicator model survive pg_dump and restore: edit
-- the model, dump this database into a new one, and check there that the
-- edits are back, that nothing is duplicated and that the restore raised
-- no error (a configuration table that the extension fills itself would
-- fail here on duplicate keys).
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off

CREATE EXTENSION svcindex;

-- The edits, committed so that pg_dump sees them.
UPDATE indicator_link SET weight = 2 WHERE child_code = 'EFF';
UPDATE indicator SET retired = true WHERE code = 'EFF.TML.QUEUE';
UPDATE indicator SET name_en = 'likelihood to recommend'
 WHERE code = 'SAT.PRC.RECOMMEND';
UPDATE indicator_link SET retired = true
 WHERE parent_code = 'PER.SAT' AND child_code = 'CON.SAT.OVERALL';
INSERT INTO indicator (code, kind, name_en, name_zh, obtained, direction, unit)
VALUES ('EFF.RSP.CALLBACK', 'item', 'call-back time', '回电时间',
        'measured', 'lower', 'minutes'),
       ('WOM', 'index', 'word-of-mouth index', '口碑指数', NULL, NULL, NULL);
INSERT INTO indicator_link (parent_code, child_code, weight)
VALUES ('EFF.RSP', 'EFF.RSP.CALLBACK', 2),
       ('WOM', 'SAT.PRC.RECOMMEND', 3),
       ('WOM', 'CON.SAT.OVERALL', 1);

-- What the restored database must hold, kept in psql variables (they
-- outlive \c).
SELECT current_database() AS source_db,
       current_database() || '_restored' AS restored_db,
       (SELECT count(*) FROM indicator) AS indicators,
       (SELECT count(*) FROM indicator_link) AS links,
       (SELECT count(*) FROM indicator WHERE NOT is_default) AS user_indicators,
       (SELECT count(*) FROM indicator_link WHERE NOT is_default) AS user_links,
       (SELECT string_agg(index_code || ' ' || code || ' ' || weight::text, ', '
                          ORDER BY index_code, code)
          FROM indicator_effective_weight) AS weights
\gset
\setenv SOURCE_DB :source_db
\setenv RESTORED_DB :restored_db
\set restore_log `mktemp`
\setenv RESTORE_LOG :restore_log

-- Dump and restore, the way users do it.
\! "$PG_BINDIR/dropdb" --if-exists "$RESTORED_DB"
\! "$PG_BINDIR/createdb" "$RESTORED_DB"
\! "$PG_BINDIR/pg_dump" -d "$SOURCE_DB" | "$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -d "$RESTORED_DB" >/dev/null 2>"$RESTORE_LOG"
\set restore_errors `cat "$RESTORE_LOG"; rm -f "$RESTORE_LOG"`

\c :restored_db
\set QUIET 1
CREATE EXTENSION pgtap;
SELECT plan(20);

SELECT is(:'restore_errors'::text, '', 'the restore ran without an error');
SELECT is((SELECT count(*) FROM pg_extension WHERE extname = 'svcindex'),
          1::bigint, 'svcindex is installed in the restored database');
SELECT is((SELECT count(*) FROM indicator), :indicators::bigint,
          'as many indicators as before: none lost, none twice');
SELECT is((SELECT count(*) FROM indicator_link), :links::bigint,
          'as many links as before: none lost, none twice');
SELECT is((SELECT weight FROM indicator_link WHERE child_code = 'EFF'),
          2::float8, 'a changed weight is back');
SELECT is((SELECT retired FROM indicator WHERE code = 'EFF.TML.QUEUE'),
          true, 'a retired item is still retired');
SELECT is((SELECT name_en FROM indicator WHERE code = 'SAT.PRC.RECOMMEND'),
          'likelihood to recommend', 'a renamed item keeps its new name');
SELECT is((SELECT retired FROM indicator_link
            WHERE parent_code = 'PER.SAT' AND child_code = 'CON.SAT.OVERALL'),
          true, 'a retired link is still retired');
SELECT results_eq(
    $$SELECT i.code, i.name_zh, l.parent_code, l.weight
        FROM indicator i JOIN indicator_link l ON l.child_code = i.code
       WHERE i.code = 'EFF.RSP.CALLBACK'$$,
    $$VALUES ('EFF.RSP.CALLBACK', '回电时间', 'EFF.RSP', 2::float8)$$,
    'an added item is back with its link and weight');
SELECT results_eq(
    $$SELECT child_code, weight FROM indicator_link
       WHERE parent_code = 'WOM' ORDER BY child_code$$,
    $$VALUES ('CON.SAT.OVERALL', 1::float8), ('SAT.PRC.RECOMMEND', 3::float8)$$,
    'an added index over default items is back');
SELECT is((SELECT count(*) FROM indicator WHERE NOT is_default),
          :user_indicators::bigint,
          'the edited and added indicators are the user''s again, so a second dump saves them too');
SELECT is((SELECT count(*) FROM indicator_link WHERE NOT is_default),
          :user_links::bigint,
          'the edited and added links are the user''s again');
SELECT is((SELECT string_agg(index_code || ' ' || code || ' ' || weight::text,
                             ', ' ORDER BY index_code, code)
             FROM indicator_effective_weight),
          :'weights', 'every effective weight is as it was before the dump');
SELECT is_empty('SELECT * FROM indicator_model_check()',
                'the restored model is sound');
SELECT throws_ok($$DELETE FROM indicator WHERE code = 'ATT.ETQ.GREETING'$$,
                 '55006', NULL,
                 'default rows are still protected after the restore');
SELECT is((SELECT count(*) FROM indicator WHERE code = 'ATT'), 1::bigint,
          'an untouched default indicator is there once');

-- A second round: dump the restored database into a third one, and read
-- that one's weights through psql.
\setenv THIRD_DB :source_db'_again'
\! "$PG_BINDIR/dropdb" --if-exists "$THIRD_DB"
\! "$PG_BINDIR/createdb" "$THIRD_DB"
\set restore_errors `"$PG_BINDIR/pg_dump" -d "$RESTORED_DB" | "$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -d "$THIRD_DB" 2>&1 >/dev/null`
\set third_weights `"$PG_BINDIR/psql" -X -At -d "$THIRD_DB" -c "SELECT string_agg(index_code || ' ' || code || ' ' || weight::text, ', ' ORDER BY index_code, code) FROM indicator_effective_weight"`
\! "$PG_BINDIR/dropdb" "$THIRD_DB"
SELECT is(:'restore_errors'::text, '',
          'a dump of the restored database restores without an error too');
SELECT is(:'third_weights'::text, :'weights',
          'and after a second dump and restore the weights are still the edited ones');

-- A third round in the custom format with a parallel restore, the way the
-- README gives it: the schema first, the two model tables' data in one
-- job (in the order pg_dump saved them), then everything else with four
-- jobs.  (A plain "pg_restore --jobs" can load indicator_link before
-- indicator, which their foreign key refuses.)
\setenv PARALLEL_DB :source_db'_jobs'
\set archive `mktemp`
\setenv ARCHIVE :archive
\! "$PG_BINDIR/dropdb" --if-exists "$PARALLEL_DB"
\! "$PG_BINDIR/createdb" "$PARALLEL_DB"
\set restore_errors `"$PG_BINDIR/pg_dump" -Fc -d "$RESTORED_DB" -f "$ARCHIVE" && "$PG_BINDIR/pg_restore" -l "$ARCHIVE" | grep -v ' TABLE DATA [^ ]* indicator\(_link\)\? ' > "$ARCHIVE.list" && "$PG_BINDIR/pg_restore" -d "$PARALLEL_DB" --section=pre-data "$ARCHIVE" 2>&1 && "$PG_BINDIR/pg_restore" -d "$PARALLEL_DB" --data-only -t indicator -t indicator_link "$ARCHIVE" 2>&1 && "$PG_BINDIR/pg_restore" -d "$PARALLEL_DB" -j 4 -L "$ARCHIVE.list" --section=data --section=post-data "$ARCHIVE" 2>&1; rm -f "$ARCHIVE" "$ARCHIVE.list"`
\set parallel_weights `"$PG_BINDIR/psql" -X -At -d "$PARALLEL_DB" -c "SELECT string_agg(index_code || ' ' || code || ' ' || weight::text, ', ' ORDER BY index_code, code) FROM indicator_effective_weight"`
\! "$PG_BINDIR/dropdb" "$PARALLEL_DB"
SELECT is(:'restore_errors'::text, '',
          'the custom-format restore with parallel jobs runs without an error');
SELECT is(:'parallel_weights'::text, :'weights',
          'and it brings back the edited weights');

SELECT * FROM finish();

\c :source_db
\set QUIET 1
DROP DATABASE :"restored_db";
