-- indicator_model_check() on broken models: each block breaks the default
-- model one way inside a transaction, reads the report, and rolls back.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;

-- the default model: nothing to report
SELECT * FROM indicator_model_check();

BEGIN;
-- a cycle of three: ATT.ETQ -> ATT.ETQ.GREETING -> ATT.LNG -> ATT.ETQ
-- (an item with children too); every node on it reaches itself
INSERT INTO indicator_link (parent_code, child_code)
VALUES ('ATT.ETQ.GREETING', 'ATT.LNG'), ('ATT.LNG', 'ATT.ETQ');
SELECT * FROM indicator_model_check();
-- the weights view still answers on a cycle, with finite weights: each
-- path stops where it repeats a node
SELECT count(*) > 0 AND bool_and(weight BETWEEN 0 AND 1) AS finite_weights
  FROM indicator_effective_weight;
ROLLBACK;

BEGIN;
-- orphans: a new item under nothing, and a group whose only link is
-- retired (its items then count in no index either, but only the group
-- itself is reported)
INSERT INTO indicator (code, kind, name_en, obtained, direction, unit)
VALUES ('LOOSE', 'item', 'loose item', 'audit', 'higher', 'score 0-100');
UPDATE indicator_link SET retired = true WHERE child_code = 'EFF.TML';
SELECT * FROM indicator_model_check();
SELECT count(*) AS tml_items_in_index FROM indicator_effective_weight
 WHERE code LIKE 'EFF.TML.%';
ROLLBACK;

BEGIN;
-- non-positive weights, and what the weights view makes of them: a zero
-- weight gives the item no share; when every sibling weighs zero the
-- shares are unknown (NULL), not a division error
UPDATE indicator_link SET weight = 0 WHERE child_code = 'EFF.TML.QUEUE';
UPDATE indicator_link SET weight = -1 WHERE child_code = 'INN';
UPDATE indicator_link SET weight = 0 WHERE parent_code = 'QUA.ATT';
SELECT * FROM indicator_model_check();
SELECT code, weight FROM indicator_weight
 WHERE ancestor IN ('EFF.TML', 'QUA.ATT') ORDER BY code;
ROLLBACK;

BEGIN;
-- empty groups: a new group with nothing under it, and a group whose
-- items are all retired; a retired group is not reported
INSERT INTO indicator (code, kind, name_en) VALUES ('ATT.NEW', 'group', 'new');
INSERT INTO indicator_link (parent_code, child_code) VALUES ('ATT', 'ATT.NEW');
UPDATE indicator SET retired = true WHERE code LIKE 'EFF.TML.%';
INSERT INTO indicator (code, kind, name_en, retired)
VALUES ('OLD', 'group', 'old', true);
SELECT * FROM indicator_model_check();
ROLLBACK;

BEGIN;
-- an index of the organisation's own, with a dimension that has no
-- groups
INSERT INTO indicator (code, kind, name_en)
VALUES ('MINE', 'index', 'my index'), ('MINE_D', 'dimension', 'my dimension');
INSERT INTO indicator_link (parent_code, child_code) VALUES ('MINE', 'MINE_D');
SELECT * FROM indicator_model_check();
ROLLBACK;
