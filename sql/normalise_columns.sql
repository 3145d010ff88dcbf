-- Normalising whole columns with window min / max, the case of
-- reference/cases.json C30 (mout issue 194, scikit-criteria issue 43):
-- benefit and cost directions, a constant column, NaN in the column.
-- The project's scale is 0-100, so the published 0 / 0.5 / 1 read as
-- 0 / 50 / 100.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;

CREATE TEMP TABLE c30 (col text, pos int, x float8);
INSERT INTO c30 VALUES ('rising', 1, 10), ('rising', 2, 20), ('rising', 3, 30),
                       ('constant', 1, 7), ('constant', 2, 7), ('constant', 3, 7);

-- benefit: (x - min) / (max - min) -> 0, 50, 100
SELECT pos, normalise_linear(x, min(x) OVER (), max(x) OVER ()) AS benefit
  FROM c30 WHERE col = 'rising' ORDER BY pos;
-- cost, one inversion only: (max - x) / (max - min) -> 100, 50, 0
SELECT pos, normalise_linear(x, max(x) OVER (), min(x) OVER ()) AS cost
  FROM c30 WHERE col = 'rising' ORDER BY pos;
-- cost then rank equals rank of the negated values as benefit
SELECT bool_and(a = b) AS same_ranks
  FROM (SELECT rank() OVER (ORDER BY cost DESC) AS a,
               rank() OVER (ORDER BY negated_benefit DESC) AS b
          FROM (SELECT normalise_linear(x, max(x) OVER (), min(x) OVER ())
                           AS cost,
                       normalise_linear(-x, min(-x) OVER (), max(-x) OVER ())
                           AS negated_benefit
                  FROM c30 WHERE col = 'rising') n) r;
-- a constant column: every row gets the same finite score, 100, in both
-- directions (never NaN, never an error)
SELECT pos, normalise_linear(x, min(x) OVER (), max(x) OVER ()) AS benefit,
       normalise_linear(x, max(x) OVER (), min(x) OVER ()) AS cost
  FROM c30 WHERE col = 'constant' ORDER BY pos;
-- per column in one pass: the partitions do not leak into each other
SELECT col, pos, normalise_linear(x, min(x) OVER w, max(x) OVER w)
  FROM c30 WINDOW w AS (PARTITION BY col) ORDER BY col, pos;
-- NaN in the column: PostgreSQL sorts NaN above every number, so max() is
-- NaN; that is rejected instead of turning every score into NaN
INSERT INTO c30 VALUES ('rising', 4, 'NaN');
SELECT pos, normalise_linear(x, min(x) OVER (), max(x) OVER ())
  FROM c30 WHERE col = 'rising' ORDER BY pos;

-- pymcdm's min-max case (reference/mcdm_cases.json, normalization
-- "minmax": test/test_normalizations.py), criteria 1 and 2 cost and 3
-- benefit; every value is compared with the published one to 1e-8
CREATE TEMP TABLE pymcdm (alt int, crit int, x float8, published float8);
INSERT INTO pymcdm VALUES
 (1,1,66,0.85294118),(1,2,56,0.1875),(1,3,95,0.0),
 (2,1,61,1.0),(2,2,55,0.25),(2,3,166,0.85542169),
 (3,1,65,0.88235294),(3,2,49,0.625),(3,3,113,0.21686747),
 (4,1,95,0.0),(4,2,56,0.1875),(4,3,99,0.04819277),
 (5,1,63,0.94117647),(5,2,43,1.0),(5,3,178,1.0),
 (6,1,74,0.61764706),(6,2,59,0.0),(6,3,140,0.54216867);
SELECT count(*) AS cells,
       count(*) FILTER (WHERE abs(score / 100 - published) < 1e-8) AS matching
  FROM (SELECT published,
               CASE WHEN crit = 3
                    THEN normalise_linear(x, min(x) OVER w, max(x) OVER w)
                    ELSE normalise_linear(x, max(x) OVER w, min(x) OVER w)
               END AS score
          FROM pymcdm WINDOW w AS (PARTITION BY crit)) s;
