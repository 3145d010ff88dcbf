SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS svcindex; RESET client_min_messages;
-- rating_agg, its accessors, csat / top_box / bottom_box, bad input.

CREATE TABLE rating_answer (g int, score int);
INSERT INTO rating_answer VALUES
    (1, 1), (1, 2), (1, 2), (1, 3), (1, 4), (1, 4), (1, 5), (1, 5), (1, 5),
    (1, NULL), (2, 5), (3, NULL);

-- Group 1 holds 1, 2, 2, 3, 4, 4, 5, 5, 5 (n = 9): mean 31 / 9 = 3.444,
-- median 4, top-2-box 5 / 9 = 55.6 %, bottom-2-box 3 / 9 = 33.3 %,
-- normalised (3.444 - 1) / 4 x 100 = 61.1.  Group 2 is one answer, 5:
-- no standard deviation.  Group 3 has no answer: NULL.
SELECT g, rating_agg(score, 1, 5) AS summary FROM rating_answer
 GROUP BY g ORDER BY g;
SELECT g, responses(r), mean(r), stddev(r), median(r), csat(r, 4),
       top_box(r, 1) AS top1, top_box(r, 2) AS top2,
       bottom_box(r, 2) AS bottom2, normalised_score(r)
  FROM (SELECT g, rating_agg(score, 1, 5) r FROM rating_answer GROUP BY g) x
 ORDER BY g;

-- the same figures recomputed in plain SQL agree
SELECT g, abs(mean(r) - a) < 1e-12 AS mean_ok,
       stddev(r) IS NOT DISTINCT FROM sd OR abs(stddev(r) - sd) < 1e-12
           AS stddev_ok,
       median(r) = med AS median_ok, csat(r, 4) = c AS csat_ok,
       bottom_box(r, 2) = b AS bottom_ok
  FROM (SELECT g, rating_agg(score, 1, 5) r, avg(score)::float8 a,
               stddev_samp(score) sd,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY score) med,
               100.0::float8 * count(*) FILTER (WHERE score >= 4) / count(*) c,
               100.0::float8 * count(*) FILTER (WHERE score <= 2) / count(*) b
          FROM rating_answer WHERE score IS NOT NULL GROUP BY g) x
 ORDER BY g;

-- the direct share aggregates give the same percentages
SELECT g, csat(score, 1, 5, 4), top_box(score, 1, 5, 2),
       bottom_box(score, 1, 5, 2)
  FROM rating_answer GROUP BY g ORDER BY g;

-- median of an even number of answers is the mean of the middle two:
-- 1, 2, 4, 5 -> 3; and 2, 2, 5, 5 -> 3.5
SELECT median(rating_agg(s, 1, 5)) FROM unnest(ARRAY[1, 2, 4, 5]) s;
SELECT median(rating_agg(s, 1, 5)) FROM unnest(ARRAY[5, 2, 5, 2]) s;

-- the distribution, one row per point, shares adding to 100
SELECT * FROM distribution('(low=1,high=5,counts=[1,2,1,2,3])');
SELECT scale_low(r), scale_high(r), rating_counts(r)
  FROM (SELECT '(low=0,high=10,counts=[1,0,0,0,0,0,0,0,0,0,2])'::rating_summary) x(r);

-- smallint answers are read as they are
SELECT rating_agg(s::smallint, 1, 5) FROM unnest(ARRAY[1, 5, 5]) s;
SELECT rating_agg(s::smallint, 1, 5) FROM unnest(ARRAY[6]) s;

-- numeric answers must be whole points of the scale
SELECT rating_agg(s, 0, 10) FROM unnest(ARRAY[0, 10.0, 7]::numeric[]) s;
SELECT rating_agg(s, 1, 10) FROM unnest(ARRAY[8.5]) s;
SELECT rating_agg(s, 1, 10) FROM unnest(ARRAY[5.00000000000000000001]) s;
SELECT rating_agg(s, 1, 10) FROM unnest(ARRAY[99]::numeric[]) s;
SELECT rating_agg(s, 1, 10) FROM unnest(ARRAY['NaN']::numeric[]) s;

-- answers off the scale, bad scales, a scale that changes
SELECT rating_agg(s, 1, 5) FROM unnest(ARRAY[6]) s;
SELECT rating_agg(s, 1, 5) FROM unnest(ARRAY[0]) s;
SELECT rating_agg(s, 1, 12) FROM unnest(ARRAY[3]) s;
SELECT rating_agg(s, 5, 1) FROM unnest(ARRAY[3]) s;
SELECT rating_agg(s, 3, 3) FROM unnest(ARRAY[3]) s;
SELECT rating_agg(s, -2, 2) FROM unnest(ARRAY[0]) s;
SELECT rating_agg(s, 1, NULL) FROM unnest(ARRAY[3]) s;
SELECT rating_agg(s, 1, h) FROM (VALUES (3, 5), (3, 7)) v(s, h);
SELECT csat(s, 1, 5, 6) FROM unnest(ARRAY[3]) s;
SELECT top_box(s, 1, 5, 0) FROM unnest(ARRAY[3]) s;
SELECT bottom_box(s, 1, 5, 6) FROM unnest(ARRAY[3]) s;
SELECT top_box(s, 1, 5, 2) FROM unnest(ARRAY[7]) s;
SELECT top_box(s, 1, 5, b) FROM (VALUES (3, 1), (3, 2)) v(s, b);
SELECT csat(s, 1, 5, NULL) FROM unnest(ARRAY[3]) s;
SELECT top_box('(low=1,high=5,counts=[1,2,1,2,3])'::rating_summary, 6);
SELECT csat('(low=1,high=5,counts=[1,2,1,2,3])'::rating_summary, 0);
-- no answers: NULL shares
SELECT csat(s, 1, 5, 4), top_box(s, 1, 5, 1), rating_agg(s, 1, 5)
  FROM unnest(ARRAY[NULL]::int[]) s;

-- the text form: round trip, and bad text
SELECT r, r::text::rating_summary::text = r::text AS round_trip,
       pg_column_size(r)
  FROM (VALUES ('(low=1,high=5,counts=[1,2,1,2,3])'::rating_summary),
               ('(low=0,high=10,counts=[0,0,0,0,0,0,0,0,0,0,9223372036854775807])')) v(r);
SELECT '(low=1,high=5,counts=[1,2,3])'::rating_summary;
SELECT '(low=1,high=5,counts=[0,0,0,0,0])'::rating_summary;
SELECT '(low=1,high=20,counts=[1])'::rating_summary;
SELECT '(low=0,high=10,counts=[1,1,1,1,1,1,1,1,1,1,1,1])'::rating_summary;
SELECT '(low=1,high=2,counts=[9223372036854775807,1])'::rating_summary;
SELECT '(high=5,low=1,counts=[1,2,1,2,3])'::rating_summary;

-- rollup merges histograms of one scale, and refuses different scales
SELECT rollup(r)
  FROM (VALUES ('(low=1,high=5,counts=[1,2,1,2,3])'::rating_summary),
               ('(low=1,high=5,counts=[1,0,0,0,0])'), (NULL)) v(r);
SELECT rollup(r)
  FROM (VALUES ('(low=1,high=5,counts=[1,2,1,2,3])'::rating_summary),
               ('(low=0,high=10,counts=[1,0,0,0,0,0,0,0,0,0,0])')) v(r);
SELECT rollup(r)
  FROM (VALUES ('(low=1,high=2,counts=[9223372036854775807,0])'::rating_summary),
               ('(low=1,high=2,counts=[0,1])')) v(r);
