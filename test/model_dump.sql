-- Users' edits to the indicator model survive pg_dump and restore: edit
-- the model, dump this database into a new one, and check there that the
-- edits are back, that nothing is duplicated and that the restore raised
-- no error (a configuration table that the extension fills itself would
-- fail here on duplicate keys).  Later rounds load the two tables in the
-- worst order on purpose, and with "pg_restore --jobs 4" ten times over,
-- in whatever order its workers pick.
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
SELECT plan(27);

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

-- The model's contents in one line, the same query in every database:
-- the row counts, the user's row counts, and digests of both tables row
-- for row (is_default included) and of every effective weight.
\setenv FINGERPRINT 'SELECT concat_ws('' '', (SELECT count(*) FROM indicator), (SELECT count(*) FROM indicator_link), (SELECT count(*) FROM indicator WHERE NOT is_default), (SELECT count(*) FROM indicator_link WHERE NOT is_default), (SELECT md5(string_agg(i::text, '' | '' ORDER BY i.code)) FROM indicator i), (SELECT md5(string_agg(l::text, '' | '' ORDER BY l.parent_code, l.child_code)) FROM indicator_link l), (SELECT md5(string_agg(w::text, '' | '' ORDER BY w.index_code, w.code)) FROM indicator_effective_weight w))'
\set fingerprint `"$PG_BINDIR/psql" -X -At -d "$SOURCE_DB" -c "$FINGERPRINT"`
\set archive `mktemp`
\setenv ARCHIVE :archive
\! "$PG_BINDIR/pg_dump" -Fc -d "$SOURCE_DB" -f "$ARCHIVE"

-- A third round in the worst order: the archive's table of contents
-- rearranged so that indicator_link's data loads before indicator's, once
-- restored straight into a database and once as a plain-text script
-- through psql.
\set link_data_first `"$PG_BINDIR/pg_restore" -l "$ARCHIVE" > "$ARCHIVE.toc" && grep -v ' TABLE DATA [^ ]* indicator ' "$ARCHIVE.toc" > "$ARCHIVE.list" && sed -i "/ TABLE DATA [^ ]* indicator_link /a $(grep ' TABLE DATA [^ ]* indicator ' "$ARCHIVE.toc")" "$ARCHIVE.list" && "$PG_BINDIR/pg_restore" -L "$ARCHIVE.list" -f "$ARCHIVE.sql" "$ARCHIVE" && grep -n '^COPY [^ ]*\.indicator\(_link\)\? ' "$ARCHIVE.sql" | cut -d' ' -f2 | tr '\n' ' '`
\setenv ORDERED_DB :source_db'_link_first'
\! "$PG_BINDIR/dropdb" --if-exists "$ORDERED_DB"
\! "$PG_BINDIR/createdb" "$ORDERED_DB"
\set ordered_errors `"$PG_BINDIR/pg_restore" -L "$ARCHIVE.list" -d "$ORDERED_DB" "$ARCHIVE" 2>&1`
\set ordered_fingerprint `"$PG_BINDIR/psql" -X -At -d "$ORDERED_DB" -c "$FINGERPRINT"`
\! "$PG_BINDIR/dropdb" "$ORDERED_DB"
\! "$PG_BINDIR/createdb" "$ORDERED_DB"
\set script_errors `"$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -d "$ORDERED_DB" -f "$ARCHIVE.sql" 2>&1 >/dev/null`
\set script_fingerprint `"$PG_BINDIR/psql" -X -At -d "$ORDERED_DB" -c "$FINGERPRINT"`
\! "$PG_BINDIR/dropdb" "$ORDERED_DB"
SELECT matches(:'fingerprint'::text,
               format('^%s %s %s %s [0-9a-f]{32} [0-9a-f]{32} [0-9a-f]{32}$',
                      :indicators, :links, :user_indicators, :user_links),
               'the fingerprint of the edited model counts its rows and digests its tables and weights');
SELECT is(:'link_data_first'::text,
          'public.indicator_link public.indicator ',
          'the rearranged archive loads indicator_link''s data before indicator''s');
SELECT is(:'ordered_errors'::text, '',
          'restoring the links before the indicators raises no error');
SELECT is(:'ordered_fingerprint'::text, :'fingerprint',
          'and brings back both tables row for row and every effective weight');
SELECT is(:'script_errors'::text, '',
          'the same order as a plain-text script through psql raises no error');
SELECT is(:'script_fingerprint'::text, :'fingerprint',
          'and brings back the same model');

-- A fourth round, ten times over: the custom-format archive restored
-- with "pg_restore --jobs 4" into a fresh database, which loads the two
-- tables' data in whichever order its workers pick.  One line a round:
-- the round, what pg_restore wrote to stderr, the model's fingerprint.
\set parallel_rounds `for round in 1 2 3 4 5 6 7 8 9 10; do db="${SOURCE_DB}_jobs_$round"; "$PG_BINDIR/dropdb" --if-exists "$db" 2>/dev/null; "$PG_BINDIR/createdb" "$db"; errors=$("$PG_BINDIR/pg_restore" --jobs 4 -d "$db" "$ARCHIVE" 2>&1 | tr '\n' ' '); echo "$round|$errors|$("$PG_BINDIR/psql" -X -At -d "$db" -c "$FINGERPRINT" 2>&1)"; "$PG_BINDIR/dropdb" "$db"; done; rm -f "$ARCHIVE" "$ARCHIVE.toc" "$ARCHIVE.list" "$ARCHIVE.sql"`
CREATE TEMP TABLE parallel_round AS
SELECT part[1]::int AS round, part[2] AS errors, part[3] AS fingerprint
  FROM regexp_split_to_table(:'parallel_rounds', E'\n') AS line
 CROSS JOIN LATERAL regexp_match(line, '^(\d+)\|(.*)\|([^|]*)$') AS part;
SELECT is((SELECT count(*) FROM parallel_round), 10::bigint,
          'ten parallel restores ran');
SELECT results_eq(
    'SELECT round, errors, fingerprint FROM parallel_round ORDER BY round',
    format('SELECT n, %L, %L FROM generate_series(1, 10) AS n',
           '', :'fingerprint'),
    'each parallel restore raises no error and brings back both tables row for row and every effective weight');

-- The restored model still keeps its links to known indicators.
SELECT throws_ok($$INSERT INTO indicator_link (parent_code, child_code)
                   VALUES ('ATT', 'NO.SUCH')$$,
                 '23503', NULL,
                 'a link to an unknown code is still refused after the restore');

SELECT * FROM finish();

\c :source_db
\set QUIET 1
DROP DATABASE :"restored_db";
