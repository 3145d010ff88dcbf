-- Dimension scores and the composite index per site and period in one
-- query: raw values normalised to 0-100 per item, then weighted by each
-- item's weight within each dimension and within the whole index.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;

CREATE TEMP TABLE item_value (site text, period text, code text, value float8);
INSERT INTO item_value VALUES
 -- site A, first quarter: four items
 ('A', '2026-Q1', 'ATT.ETQ.GREETING', 80),     -- audit score 0-100
 ('A', '2026-Q1', 'ATT.MAN.WARMTH', 4),        -- rating 1-5 -> 75
 ('A', '2026-Q1', 'EFF.RSP.RESOLUTION', 36),   -- hours, 72 worst, 0 best -> 50
 ('A', '2026-Q1', 'SAT.PRC.RECOMMEND', 9),     -- rating 0-10 -> 90
 -- site A, second quarter: one item, and one missing
 ('A', '2026-Q2', 'ATT.ETQ.GREETING', 90),
 ('A', '2026-Q2', 'ATT.MAN.WARMTH', NULL),
 -- site B, first quarter
 ('B', '2026-Q1', 'EFF.RSP.RESOLUTION', 54),   -- -> 25
 ('B', '2026-Q1', 'SAT.PRC.RECOMMEND', 4);     -- -> 40

CREATE TEMP VIEW item_score AS
SELECT v.site, v.period, v.code,
       CASE i.unit
            WHEN 'rating 1-5' THEN normalise_rating(v.value, 1, 5)
            WHEN 'rating 0-10' THEN normalise_rating(v.value, 0, 10)
            WHEN 'hours' THEN normalise_linear(v.value, 72, 0)
            ELSE v.value
       END AS score
  FROM item_value v JOIN indicator i ON i.code = v.code;

-- Effective weights of the scored items in the index: GREETING, WARMTH and
-- RECOMMEND 1/144 each, RESOLUTION 1/36 = 4/144 (it sits under EFF and
-- CON).  By hand:
--   A Q1: ATT (80 + 75) / 2 = 77.5; EFF = CON = 50; SAT 90;
--         index (80 + 75 + 4 * 50 + 90) / 7 = 445 / 7 = 63.5714...
--   A Q2: ATT 90 (the missing rating does not count); index 90
--   B Q1: EFF = CON = 25; SAT 40; index (4 * 25 + 40) / 5 = 28
-- Scores are shown to 10 decimals: a weight such as 1/6 is not exact in
-- float8, so a single item's 50 can come back as 49.99999999999999.  The
-- last column recomputes each score in plain SQL from the same rows.
SELECT s.site, s.period, w.ancestor AS scope,
       round(weighted_score(s.score, w.weight)::numeric, 10) AS score,
       abs(weighted_score(s.score, w.weight)
           - sum(s.score * w.weight) / sum(w.weight)
                 FILTER (WHERE s.score IS NOT NULL)) < 1e-12 AS plain_sql_agrees
  FROM item_score s
  JOIN indicator_weight w ON w.code = s.code
 WHERE w.ancestor_kind IN ('index', 'dimension')
 GROUP BY s.site, s.period, w.ancestor, w.ancestor_kind
 ORDER BY s.site, s.period, w.ancestor_kind DESC, w.ancestor;

-- the same as one row per site and period, rounded to two decimals
SELECT site, period,
       round(weighted_score(score, weight)
                 FILTER (WHERE ancestor = 'SVCI')::numeric, 2) AS index,
       round(weighted_score(score, weight)
                 FILTER (WHERE ancestor = 'ATT')::numeric, 2) AS att,
       round(weighted_score(score, weight)
                 FILTER (WHERE ancestor = 'EFF')::numeric, 2) AS eff,
       round(weighted_score(score, weight)
                 FILTER (WHERE ancestor = 'CON')::numeric, 2) AS con,
       round(weighted_score(score, weight)
                 FILTER (WHERE ancestor = 'SAT')::numeric, 2) AS sat
  FROM item_score JOIN indicator_weight USING (code)
 GROUP BY site, period
 ORDER BY site, period;
