SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS svcindex; RESET client_min_messages;
-- The nps_summary type: text form, its round trip, bad text, rollup.

-- the text form reads back to the same value, weighted or not
SELECT s, s::text::nps_summary::text = s::text AS round_trip
  FROM (VALUES ('(promoters=501,passives=317,detractors=71)'::nps_summary),
               ('( promoters = 0 , passives = 0 , detractors = 1 )'),
               ('(promoters=1,passives=1,detractors=1,promoter_weight=0.1,passive_weight=0.2,detractor_weight=0.30000000000000004,weight_squares=0.14)'),
               ('(promoters=9223372036854775807,passives=0,detractors=0)'))
       v(s);

-- the summary fits in 64 bytes
SELECT pg_column_size('(promoters=1,passives=2,detractors=3)'::nps_summary);

-- unreadable or impossible text
SELECT '(promoters=1,passives=2)'::nps_summary;
SELECT '(promoters=1,detractors=2,passives=3)'::nps_summary;
SELECT '(promoters=-1,passives=2,detractors=3)'::nps_summary;
SELECT '(promoters=1,passives=2,detractors=3'::nps_summary;
SELECT '(promoters=1,passives=2,detractors=3) x'::nps_summary;
SELECT '(promoters=1,passives=2,detractors=3,promoter_weight=1)'::nps_summary;
SELECT '(promoters=1,passives=2,detractors=3,promoter_weight=-1,passive_weight=1,detractor_weight=1,weight_squares=1)'::nps_summary;
SELECT '(promoters=1,passives=2,detractors=3,promoter_weight=NaN,passive_weight=1,detractor_weight=1,weight_squares=1)'::nps_summary;
SELECT '(promoters=99999999999999999999,passives=0,detractors=0)'::nps_summary;
-- the total of the counts must fit a count
SELECT '(promoters=9223372036854775807,passives=1,detractors=0)'::nps_summary;

-- accessors of an empty-weight summary: counts, but no score or shares
SELECT nps(s), responses(s), promoter_share(s), nps_stderr(s)
  FROM (SELECT '(promoters=1,passives=0,detractors=1,promoter_weight=0,passive_weight=0,detractor_weight=0,weight_squares=0)'::nps_summary) x(s);

-- Rollup merges counts: partitions [10] and [0,0,0] give 1 promoter and
-- 3 detractors, NPS (1 - 3) / 4 = -50, not the mean of -100 and 100
-- (cases.json C32).
SELECT rollup(s), nps(rollup(s))
  FROM (VALUES ('(promoters=1,passives=0,detractors=0)'::nps_summary),
               ('(promoters=0,passives=0,detractors=3)')) v(s);
-- NULL summaries are skipped; none at all gives NULL
SELECT rollup(s) FROM (VALUES (NULL::nps_summary),
                              ('(promoters=0,passives=2,detractors=0)')) v(s);
SELECT rollup(s) FROM (VALUES (NULL::nps_summary)) v(s);
-- weighted summaries add their sums: (2 + 1) - (1 + 0) = 2 of W = 4
SELECT rollup(s), nps(rollup(s))
  FROM (VALUES ('(promoters=1,passives=0,detractors=1,promoter_weight=2,passive_weight=0,detractor_weight=1,weight_squares=5)'::nps_summary),
               ('(promoters=1,passives=0,detractors=0,promoter_weight=1,passive_weight=0,detractor_weight=0,weight_squares=1)')) v(s);
-- weighted and unweighted summaries do not mix
SELECT rollup(s)
  FROM (VALUES ('(promoters=1,passives=0,detractors=0)'::nps_summary),
               ('(promoters=1,passives=0,detractors=0,promoter_weight=1,passive_weight=0,detractor_weight=0,weight_squares=1)')) v(s);
-- counts that would overflow are an error, not a wrap-around
SELECT rollup(s)
  FROM (VALUES ('(promoters=9223372036854775807,passives=0,detractors=0)'::nps_summary),
               ('(promoters=1,passives=0,detractors=0)')) v(s);
SELECT rollup(s)
  FROM (VALUES ('(promoters=9223372036854775807,passives=0,detractors=0)'::nps_summary),
               ('(promoters=0,passives=1,detractors=0)')) v(s);
-- the merge function works only inside aggregates
SELECT nps_merge('(promoters=1,passives=0,detractors=0)',
                 '(promoters=1,passives=0,detractors=0)');
