-- Links name known indicators: the constraint triggers that keep the two
-- model tables consistent without a foreign key between them, and what
-- the weight views and the model check make of a link that names no
-- indicator.  Each block rolls back or removes what it added.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;

-- no foreign key joins the two tables, so that a restore may load their
-- data in either order
SELECT conrelid::regclass AS table_name, conname
  FROM pg_constraint
 WHERE contype = 'f'
   AND conrelid IN ('indicator'::regclass, 'indicator_link'::regclass);

-- a link from or to a code that is no indicator is refused
BEGIN;
INSERT INTO indicator_link (parent_code, child_code) VALUES ('ATT', 'NO.SUCH');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK;
BEGIN;
INSERT INTO indicator_link (parent_code, child_code) VALUES ('NO.SUCH', 'ATT');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK;

-- so is moving a link of one's own onto an unknown code
BEGIN;
INSERT INTO indicator (code, kind, name_en) VALUES ('MINE', 'group', 'mine');
INSERT INTO indicator_link (parent_code, child_code) VALUES ('ATT', 'MINE');
UPDATE indicator_link SET parent_code = 'ATX' WHERE child_code = 'MINE';
\echo :LAST_ERROR_SQLSTATE
ROLLBACK;

-- the check runs at the end of the statement: one statement may add an
-- indicator and its link
BEGIN;
WITH added AS (
	INSERT INTO indicator (code, kind, name_en)
	VALUES ('MINE', 'group', 'mine')
	RETURNING code
)
INSERT INTO indicator_link (parent_code, child_code)
SELECT 'ATT', code FROM added;
SELECT parent_code, child_code, is_default FROM indicator_link
 WHERE child_code = 'MINE';
ROLLBACK;

-- deferred to commit, a link may come before its indicator ...
BEGIN;
SET CONSTRAINTS indicator_link_names_known_codes DEFERRED;
INSERT INTO indicator_link (parent_code, child_code) VALUES ('ATT', 'MINE');
INSERT INTO indicator (code, kind, name_en) VALUES ('MINE', 'group', 'mine');
COMMIT;
SELECT parent_code, child_code FROM indicator_link WHERE child_code = 'MINE';
DELETE FROM indicator_link WHERE child_code = 'MINE';
DELETE FROM indicator WHERE code = 'MINE';

-- ... but the indicator must be there by then
BEGIN;
SET CONSTRAINTS indicator_link_names_known_codes DEFERRED;
INSERT INTO indicator_link (parent_code, child_code) VALUES ('ATT', 'MINE');
COMMIT;
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) AS links_to_mine FROM indicator_link WHERE child_code = 'MINE';

-- an indicator of one's own that links still name can be neither deleted
-- nor re-keyed; deleting its links first (or in the same transaction,
-- deferred) lets it go
BEGIN;
INSERT INTO indicator (code, kind, name_en) VALUES ('MINE', 'group', 'mine');
INSERT INTO indicator_link (parent_code, child_code) VALUES ('ATT', 'MINE');
SAVEPOINT named;
DELETE FROM indicator WHERE code = 'MINE';
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO named;
UPDATE indicator SET code = 'MINE2' WHERE code = 'MINE';
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO named;
-- a retired link still names it
UPDATE indicator_link SET retired = true WHERE child_code = 'MINE';
DELETE FROM indicator WHERE code = 'MINE';
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO named;
SET CONSTRAINTS indicator_unlinked_before_removal DEFERRED;
DELETE FROM indicator WHERE code = 'MINE';
DELETE FROM indicator_link WHERE child_code = 'MINE';
SET CONSTRAINTS indicator_unlinked_before_removal IMMEDIATE;
SELECT count(*) AS mine_left FROM indicator WHERE code = 'MINE';
ROLLBACK;

-- re-keying an indicator of one's own that no link names is allowed
BEGIN;
INSERT INTO indicator (code, kind, name_en) VALUES ('MINE', 'group', 'mine');
UPDATE indicator SET code = 'MINE2' WHERE code = 'MINE';
SELECT code FROM indicator WHERE code LIKE 'MINE%';
ROLLBACK;

-- while check_function_bodies is off, as when pg_dump's script or
-- pg_restore loads a dump, links are taken in any order, even ones whose
-- indicators never come
BEGIN;
SET LOCAL check_function_bodies = off;
INSERT INTO indicator_link (parent_code, child_code, weight)
VALUES ('SVCI', 'GHOST', 5), ('GONE', 'ATT.ETQ.GREETING', 1);
RESET check_function_bodies;
-- the model check names both missing codes, with the link naming each
SELECT * FROM indicator_model_check();
-- the weight views leave the dangling links out: ATT keeps 1/8 of the
-- index, and the items still sum to 1
SELECT weight AS att_weight FROM indicator_effective_weight
 WHERE code = 'ATT';
SELECT round(sum(weight)::numeric, 12) AS item_weights
  FROM indicator_effective_weight WHERE kind = 'item';
-- a dangling link can be retired (still reported) ...
UPDATE indicator_link SET retired = true WHERE child_code = 'GHOST';
SELECT problem, code FROM indicator_model_check();
-- ... and once its indicator is added the link counts: SVCI's children
-- weigh 1 each and GHOST 5, so ATT gets 1/13
UPDATE indicator_link SET retired = false WHERE child_code = 'GHOST';
INSERT INTO indicator (code, kind, name_en)
VALUES ('GHOST', 'dimension', 'ghost');
SELECT weight AS att_weight, 1::float8 / 13 AS one_in_13
  FROM indicator_effective_weight WHERE code = 'ATT';
SELECT * FROM indicator_model_check();
ROLLBACK;

-- nothing is left behind
SELECT count(*) FILTER (WHERE NOT is_default) AS user_links
  FROM indicator_link;
SELECT count(*) FILTER (WHERE NOT is_default) AS user_indicators
  FROM indicator;
