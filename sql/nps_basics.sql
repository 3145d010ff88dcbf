SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS svcindex; RESET client_min_messages;
-- nps(): classes, thresholds, NULLs and bad answers.  Each expected value
-- is worked out by hand in the comment above it.

-- Thresholds (cases.json C01): [10,9,8,7,6] has 2 promoters, 2 passives,
-- 1 detractor: (2 - 1) / 5 x 100 = 20.
SELECT nps(s), nps_agg(s) FROM unnest(ARRAY[10, 9, 8, 7, 6]) s;
-- the same answers one point lower: 1 / 2 / 2, (1 - 2) / 5 x 100 = -20
SELECT nps(s), nps_agg(s) FROM unnest(ARRAY[9, 8, 7, 6, 5]) s;
-- the whole scale once: promoters {9,10}, passives {7,8}, detractors
-- {0..6}: (2 - 7) / 11 x 100 = -45.4545...
SELECT nps(s), nps_agg(s) FROM generate_series(0, 10) s;

-- Zero is an answer, a detractor (C02): [0,10] gives 0, not 100.
SELECT nps(s) FROM unnest(ARRAY[0, 10]) s;
SELECT nps(s) FROM unnest(ARRAY[0]) s;

-- NULLs (C04): skipped; no non-NULL answer gives NULL, never 0 or NaN.
SELECT nps(s) FROM unnest(ARRAY[NULL, NULL]::int[]) s;
SELECT nps(s) FROM unnest(ARRAY[]::int[]) s;
SELECT nps_agg(s) FROM unnest(ARRAY[NULL]::int[]) s;
SELECT nps(s) FROM unnest(ARRAY[10]) s;
SELECT nps(s), nps_agg(s) FROM unnest(ARRAY[NULL, 9, NULL, 0]) s;
SELECT g, nps(s) FROM (VALUES (1, NULL::int), (2, 9)) v(g, s)
 GROUP BY g ORDER BY g;
-- C04 suggests class counts of 0 for no rows; svcindex keeps one rule,
-- no answer gives a NULL summary, so its counts are NULL too (coalesce
-- them where a 0 is wanted)
SELECT nps_agg(s), detractors(nps_agg(s)),
       coalesce(detractors(nps_agg(s)), 0) AS as_zero
  FROM unnest(ARRAY[9]) s WHERE false;

-- Every input type classifies the same way: 9 promoter, 7 passive, 6
-- detractor, so (1 - 1) / 3 = 0 and with another 10, (2 - 1) / 4 = 25.
SELECT nps(s::smallint) AS int2, nps(s) AS int4, nps(s::numeric) AS num,
       nps(s::float8) AS float8
  FROM unnest(ARRAY[9, 7, 6, 10]) s;

-- Fractional answers fall in exactly one class: 8.5 and 6.5 are passives,
-- 9 a promoter, 6 a detractor: (1 - 1) / 4 = 0, all four counted.
SELECT nps(s), nps_agg(s) FROM unnest(ARRAY[8.5, 6.5, 9, 6]) s;
SELECT nps_agg(s::float8) FROM unnest(ARRAY[8.5, 6.5, 9, 6]) s;
-- numeric answers just off a class limit are classified exactly, though
-- their nearest doubles are 9 or 6: the first two are passives, then a
-- promoter and a detractor
SELECT nps_agg(s)
  FROM unnest(ARRAY[8.99999999999999999999, 6.00000000000000000001,
                    9.00000000000000000001,
                    5.99999999999999999999]::numeric[]) s;

-- Weighted: weights 2 (promoter), 1 (detractor), 0.5 (passive); rows
-- with a NULL answer or weight are skipped: (2 - 1) / 3.5 x 100 =
-- 28.571428...; weight_squares = 4 + 1 + 0.25 = 5.25.
SELECT nps(s, w), nps_agg(s, w)
  FROM (VALUES (10, 2.0), (0, 1.0), (8, 0.5), (NULL, 1), (9, NULL)) v(s, w);
-- zero weights are allowed; a summary of only zero weight has no NPS
SELECT nps(s, w), nps_agg(s, w)
  FROM (VALUES (10, 0.0), (0, 0.0)) v(s, w);
SELECT nps(s, w) FROM (VALUES (10, 0.0), (0, 1.0)) v(s, w);

-- Bad answers are errors that name the value.
SELECT nps(s) FROM unnest(ARRAY[11]) s;
SELECT nps(s) FROM unnest(ARRAY[-1]) s;
SELECT nps(s::smallint) FROM unnest(ARRAY[12]) s;
SELECT nps(s) FROM unnest(ARRAY[10.5]) s;
SELECT nps(s) FROM unnest(ARRAY[10.00000000000000000001]) s;
SELECT nps(s) FROM unnest(ARRAY[-0.00000000000000000001]) s;
SELECT nps(s) FROM unnest(ARRAY[1e309]) s;
SELECT nps(s) FROM unnest(ARRAY['NaN']::numeric[]) s;
SELECT nps(s) FROM unnest(ARRAY['-Infinity']::numeric[]) s;
SELECT nps(s) FROM unnest(ARRAY['NaN']::float8[]) s;
SELECT nps(s) FROM unnest(ARRAY['Infinity']::float8[]) s;
SELECT nps(s) FROM unnest(ARRAY[10.1]::float8[]) s;
-- bad weights
SELECT nps(s, w) FROM (VALUES (9, -1.0)) v(s, w);
SELECT nps(s, w) FROM (VALUES (9, 'NaN'::float8)) v(s, w);
SELECT nps(s, w) FROM (VALUES (9, 'Infinity'::float8)) v(s, w);
SELECT nps(s, w) FROM (VALUES (9, 1e308), (9, 1e308)) v(s, w);
