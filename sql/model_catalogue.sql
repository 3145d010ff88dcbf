-- The default indicator model: eight dimensions from the seed, their
-- groups and items, codes, names in both languages, and equal weights.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;

-- one index, the seed's eight dimensions, 39 groups, 110 items
SELECT kind, count(*) FROM indicator GROUP BY kind ORDER BY count(*);
SELECT code, name_en, name_zh FROM indicator WHERE kind = 'dimension'
 ORDER BY code;
-- groups per dimension, as the seed lists them (ATT 6, EFF 2, QUA 3,
-- PRO 6, CON 6, SAT 6, PER 6, INN 4)
SELECT l.parent_code AS dimension, count(*) AS groups
  FROM indicator_link l JOIN indicator c ON c.code = l.child_code
 WHERE c.kind = 'group' GROUP BY l.parent_code ORDER BY 1;
-- every group has two or three items, counting shared ones
SELECT count(*) AS groups_outside_two_to_three
  FROM (SELECT l.parent_code FROM indicator_link l
          JOIN indicator p ON p.code = l.parent_code
         WHERE p.kind = 'group' GROUP BY l.parent_code
        HAVING count(*) NOT BETWEEN 2 AND 3) g;
-- every item says how it is obtained, its direction and its unit, and
-- every indicator has both names
SELECT obtained, direction, count(*) FROM indicator WHERE kind = 'item'
 GROUP BY obtained, direction ORDER BY 1, 2;
SELECT count(*) AS missing_something FROM indicator
 WHERE name_en IS NULL OR name_zh IS NULL
    OR (kind = 'item' AND unit IS NULL);
-- the items that sit under two dimensions
SELECT child_code, string_agg(parent_code, ', ' ORDER BY parent_code)
  FROM indicator_link GROUP BY child_code HAVING count(*) > 1 ORDER BY 1;
-- the seed gives no weights: every link weighs 1, and everything is a
-- default row
SELECT count(*) AS links, count(*) FILTER (WHERE weight = 1) AS weigh_one,
       bool_and(is_default) AS all_default
  FROM indicator_link;
SELECT bool_and(is_default AND NOT retired) AS all_default_and_active
  FROM indicator;
-- the default model is sound
SELECT * FROM indicator_model_check();

-- the catalogue refuses malformed rows
INSERT INTO indicator (code, kind, name_en) VALUES ('lower.case', 'group', 'x');
INSERT INTO indicator (code, kind, name_en) VALUES ('X', 'criterion', 'x');
INSERT INTO indicator (code, kind, name_en) VALUES ('X', 'item', 'no direction');
INSERT INTO indicator_link (parent_code, child_code) VALUES ('ATT', 'ATT');
INSERT INTO indicator_link (parent_code, child_code) VALUES ('ATT', 'NO.SUCH');
UPDATE indicator_link SET weight = 'NaN' WHERE child_code = 'ATT';
