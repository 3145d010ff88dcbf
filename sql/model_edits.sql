-- Editing the indicator model with plain SQL, and how the edits are kept
-- apart from the default rows (so that pg_dump saves them: see
-- test/model_dump.sql for the dump and restore itself).  Each block runs
-- in a transaction rolled back at its end, to leave the default model to
-- the files that follow.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;

BEGIN;
-- change a weight: EFF now weighs 2 against 1 for each other dimension,
-- so 2 / 9 of the index, the others 1 / 9
UPDATE indicator_link SET weight = 2 WHERE child_code = 'EFF';
SELECT code, weight,
       abs(weight - CASE code WHEN 'EFF' THEN 2.0 / 9 ELSE 1.0 / 9 END) < 1e-15
           AS as_computed
  FROM indicator_effective_weight WHERE code IN ('EFF', 'ATT') ORDER BY code;
-- the changed link is now the user's; the others are still defaults
SELECT child_code, is_default FROM indicator_link
 WHERE child_code IN ('EFF', 'ATT') ORDER BY 1;
-- an update that changes nothing leaves a row a default
UPDATE indicator_link SET weight = 1 WHERE child_code = 'ATT';
SELECT is_default FROM indicator_link WHERE child_code = 'ATT';
ROLLBACK;

BEGIN;
-- retire an item: its siblings share the group's weight.  EFF.TML had
-- two items of 1/8 * 1/2 * 1/2 = 1/32; the one left has 1/16
UPDATE indicator SET retired = true WHERE code = 'EFF.TML.QUEUE';
SELECT code, weight FROM indicator_effective_weight
 WHERE code LIKE 'EFF.TML%' ORDER BY code;
SELECT code, is_default FROM indicator WHERE code = 'EFF.TML.QUEUE';
-- add an item of the organisation's own, with twice the weight of each of
-- the three in EFF.RSP: 2/5 of the group, and the rest 1/5 each
INSERT INTO indicator (code, kind, name_en, name_zh, obtained, direction, unit)
VALUES ('EFF.RSP.CALLBACK', 'item', 'call-back time', '回电时间',
        'measured', 'lower', 'minutes');
INSERT INTO indicator_link (parent_code, child_code, weight)
VALUES ('EFF.RSP', 'EFF.RSP.CALLBACK', 2);
SELECT code, weight FROM indicator_weight
 WHERE ancestor = 'EFF.RSP' ORDER BY code;
-- still sums to one over the items of the index
SELECT abs(sum(weight) - 1) < 1e-12 AS items_sum_to_one
  FROM indicator_effective_weight WHERE kind = 'item';
SELECT * FROM indicator_model_check();
-- a user's row is the user's even when it claims to be a default
INSERT INTO indicator (code, kind, name_en, is_default)
VALUES ('EXTRA', 'group', 'extra', true);
SELECT code, is_default FROM indicator WHERE code = 'EXTRA';
ROLLBACK;

BEGIN;
-- default rows cannot be deleted or re-keyed, since a restore would bring
-- them back; user rows can
DELETE FROM indicator_link WHERE child_code = 'ATT.ETQ.GESTURES';
ROLLBACK;
BEGIN;
DELETE FROM indicator WHERE code = 'INN.TEC.IMMERSIVE';
ROLLBACK;
BEGIN;
UPDATE indicator SET code = 'ATT.ETQ.HELLO' WHERE code = 'ATT.ETQ.GREETING';
ROLLBACK;
BEGIN;
UPDATE indicator_link SET parent_code = 'QUA.EFF'
 WHERE child_code = 'EFF.RSP.ONSITE';
ROLLBACK;
BEGIN;
INSERT INTO indicator (code, kind, name_en) VALUES ('MINE', 'group', 'mine');
INSERT INTO indicator_link (parent_code, child_code) VALUES ('SVCI', 'MINE');
DELETE FROM indicator_link WHERE child_code = 'MINE';
DELETE FROM indicator WHERE code = 'MINE';
SELECT count(*) AS left_over FROM indicator WHERE code = 'MINE';
ROLLBACK;

BEGIN;
-- inserting a row whose key is an untouched default replaces the default
-- (this is how pg_dump's saved edits come back over a fresh install) ...
INSERT INTO indicator_link (parent_code, child_code, weight)
VALUES ('SVCI', 'SAT', 3);
SELECT parent_code, child_code, weight, is_default FROM indicator_link
 WHERE child_code = 'SAT';
INSERT INTO indicator (code, kind, name_en, name_zh, obtained, direction, unit)
VALUES ('SAT.PRC.RECOMMEND', 'item', 'likelihood to recommend', '推荐意愿',
        'survey', 'higher', 'rating 0-10');
SELECT code, name_en, name_zh, is_default FROM indicator
 WHERE code = 'SAT.PRC.RECOMMEND';
-- ... but a second row with a key already taken by a user's row is the
-- usual duplicate-key error
INSERT INTO indicator_link (parent_code, child_code, weight)
VALUES ('SVCI', 'SAT', 4);
ROLLBACK;
SELECT count(*) FILTER (WHERE NOT is_default) AS user_links
  FROM indicator_link;
