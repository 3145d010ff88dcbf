-- Effective weights: the product of normalised local weights along the
-- path, summed over paths for items under two parents.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;

-- the default model: each dimension 1/8; the items of the index sum to 1,
-- and so do the groups
SELECT kind, count(*), min(weight) = max(weight) AS all_equal,
       abs(sum(weight) - 1) < 1e-12 AS sums_to_one
  FROM indicator_effective_weight WHERE index_code = 'SVCI'
 GROUP BY kind ORDER BY kind;
SELECT DISTINCT weight FROM indicator_effective_weight WHERE kind = 'dimension';
-- by hand: ATT has 6 groups of 3 items: 1/8 * 1/6 * 1/3 = 1/144
SELECT weight, weight = 1.0 / 144 AS one_in_144
  FROM indicator_effective_weight WHERE code = 'ATT.ETQ.GREETING';
-- the shared items, one path per parent:
--   EFF.RSP.RESOLUTION: EFF (2 groups) / RSP (3 items) = 1/48,
--                       plus CON (6 groups) / RSP (3) = 1/144 -> 1/36
--   CON.SAT.OVERALL: CON / SAT (2 items) = 1/96,
--                    plus PER (6 groups) / SAT (3) = 1/144 -> 5/288
--   QUA.PRF.FIRST_CONTACT: QUA (3 groups) / PRF (3) = 1/72,
--                          plus SAT (6 groups) / EFF (3) = 1/144 -> 1/48
--   EFF.RSP.FIRST: same paths as the resolution time -> 1/36
SELECT code, weight,
       abs(weight - CASE code
                    WHEN 'EFF.RSP.RESOLUTION' THEN 1.0 / 36
                    WHEN 'CON.SAT.OVERALL' THEN 5.0 / 288
                    WHEN 'QUA.PRF.FIRST_CONTACT' THEN 1.0 / 48
                    WHEN 'EFF.RSP.FIRST' THEN 1.0 / 36 END) < 1e-15
           AS as_computed
  FROM indicator_effective_weight
 WHERE code IN ('EFF.RSP.RESOLUTION', 'CON.SAT.OVERALL',
                'QUA.PRF.FIRST_CONTACT', 'EFF.RSP.FIRST')
 ORDER BY code;
-- weights within a dimension: the items of CON sum to 1 there
SELECT abs(sum(w.weight) - 1) < 1e-12 AS con_items_sum_to_one
  FROM indicator_weight w WHERE w.ancestor = 'CON' AND w.kind = 'item';

-- A published hierarchy: AHPy's three-level toy example (reference
-- mcdm_cases.json, ahp_hierarchy "test_master_a"): a over b and c equal,
-- b over d and e at 4 : 1, d over f and g at 2 : 1.  Published global
-- weights: b 0.5, c 0.5, d 0.4, e 0.1, f 0.2667, g 0.1333.
BEGIN;
INSERT INTO indicator (code, kind, name_en, obtained, direction, unit)
VALUES ('TOY', 'index', 'a', NULL, NULL, NULL),
       ('TOY_B', 'dimension', 'b', NULL, NULL, NULL),
       ('TOY_C', 'item', 'c', 'survey', 'higher', 'rating 1-5'),
       ('TOY_D', 'group', 'd', NULL, NULL, NULL),
       ('TOY_E', 'item', 'e', 'survey', 'higher', 'rating 1-5'),
       ('TOY_F', 'item', 'f', 'survey', 'higher', 'rating 1-5'),
       ('TOY_G', 'item', 'g', 'survey', 'higher', 'rating 1-5');
INSERT INTO indicator_link (parent_code, child_code, weight)
VALUES ('TOY', 'TOY_B', 1), ('TOY', 'TOY_C', 1),
       ('TOY_B', 'TOY_D', 4), ('TOY_B', 'TOY_E', 1),
       ('TOY_D', 'TOY_F', 2), ('TOY_D', 'TOY_G', 1);
SELECT e.code, round(e.weight::numeric, 4) AS weight,
       round(e.weight::numeric, 4) = p.published AS matches_published
  FROM indicator_effective_weight e
  JOIN (VALUES ('TOY_B', 0.5), ('TOY_C', 0.5), ('TOY_D', 0.4),
               ('TOY_E', 0.1), ('TOY_F', 0.2667), ('TOY_G', 0.1333))
       p (code, published) ON p.code = e.code
 WHERE e.index_code = 'TOY' ORDER BY e.code;
-- the weights of the two indices do not mix
SELECT index_code, count(*) FROM indicator_effective_weight
 GROUP BY index_code ORDER BY 1;
SELECT * FROM indicator_model_check();
ROLLBACK;
