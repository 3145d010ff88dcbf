-- The Carpentries instructor-training post-survey 2017-2018 (public data,
-- CC BY 4.0; ../shared/data/PROVENANCE.md, section 8): its 0-10
-- LikelyToRecommend answers and its 5-point agreement ratings.  The
-- reference counts come from PROVENANCE (n = 889, promoters 501, passives
-- 317, detractors 71, NPS 48.37); the rating figures were counted with
-- Python's csv module on the same file.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off
\getenv datadir SVCINDEX_DATA
\set csvfile :datadir '/carpentries_instructor_training_post_survey_2017_2018.csv'

BEGIN;
CREATE EXTENSION pgtap;
CREATE EXTENSION svcindex;
SELECT plan(12);

CREATE TABLE carpentries_raw (
    date text, when_taking text, member_site text, member_site_other text,
    unique_id text, information_reasonable_time text,
    atmosphere_welcoming text, learned_skills text, material text,
    recommend text, worth text, pace text, hands_on text,
    trainers_clear_answers text, trainers_considerate text,
    trainers_communicators text, trainers_enthusiastic text,
    new_information text, live_coding_post_ability text,
    website_post_ability text, concept_maps_post_ability text,
    mcq_post_ability text, learning_objectives_post_ability text,
    knowledge_1 text, knowledge_2 text, knowledge_3 text, knowledge_4 text,
    knowledge_5 text, knowledge_6 text, knowledge_7 text,
    motivation_1 text, motivation_2 text, motivation_3 text,
    motivation_4 text, motivation_5 text, motivation_6 text,
    motivation_7 text, complete_training text, complete_training_other text,
    likely_to_recommend text, workshop_id text);
COPY carpentries_raw FROM :'csvfile' WITH (FORMAT csv, HEADER);

-- blanks are NULL; agreement labels map to 1..5
CREATE TABLE carpentries AS
SELECT member_site,
       nullif(trim(likely_to_recommend), '')::int AS likely,
       CASE trim(recommend)
            WHEN 'Strongly Disagree' THEN 1 WHEN 'Disagree' THEN 2
            WHEN 'Neither Agree nor Disagree' THEN 3 WHEN 'Agree' THEN 4
            WHEN 'Strongly Agree' THEN 5 END AS recommend
  FROM carpentries_raw;

SELECT is((SELECT count(*) FROM carpentries), 967::bigint,
          'all 967 responses are loaded');
SELECT is((SELECT responses(nps_agg(likely)) FROM carpentries), 889::bigint,
          'n = 889 non-blank answers');
SELECT is((SELECT array[promoters(s), passives(s), detractors(s)]
             FROM (SELECT nps_agg(likely) s FROM carpentries) x),
          array[501, 317, 71]::bigint[],
          'promoters 501, passives 317, detractors 71');
SELECT is((SELECT round(nps(likely)::numeric, 2) FROM carpentries), 48.37,
          'NPS = 48.37');
SELECT is((SELECT nps(likely) FROM carpentries), 100.0::float8 * 430 / 889,
          'NPS = 100 (501 - 71) / 889 exactly');
SELECT is((SELECT nps(likely) FROM carpentries),
          (SELECT 100.0::float8 * (count(*) FILTER (WHERE likely >= 9)
                                   - count(*) FILTER (WHERE likely <= 6))
                  / count(likely) FROM carpentries),
          'NPS equals the count(*) FILTER formula');
-- SE = 100 sqrt((p + d - (p - d)^2) / n) = 2.146135 points, 95% Wald
-- interval [44.162607, 52.575301] (computed in Python)
SELECT ok((SELECT abs(nps_stderr(s) - 2.1461347330678078) < 1e-12
                  AND abs(w.low - 44.16260709798152) < 1e-9
                  AND abs(w.high - 52.57530066354829) < 1e-9
             FROM (SELECT nps_agg(likely) s FROM carpentries) x,
                  LATERAL nps_interval(s) w),
          'standard error and 95% Wald interval');
SELECT is((SELECT rollup(s)::text
             FROM (SELECT member_site, nps_agg(likely) s FROM carpentries
                    GROUP BY member_site) x),
          (SELECT nps_agg(likely)::text FROM carpentries),
          'rolling up the 82 sites gives the whole survey');

-- "I would recommend this training": SD 9, D 6, N 60, A 239, SA 353
SELECT is((SELECT rating_agg(recommend, 1, 5)::text FROM carpentries),
          '(low=1,high=5,counts=[9,6,60,239,353])',
          'the Recommend agreement histogram');
SELECT ok((SELECT abs(mean(r) - 2922.0 / 667) < 1e-12
                  AND abs(top_box(r, 2) - 100.0 * 592 / 667) < 1e-12
                  AND abs(bottom_box(r, 2) - 100.0 * 15 / 667) < 1e-12
                  AND median(r) = 5
             FROM (SELECT rating_agg(recommend, 1, 5) r FROM carpentries) x),
          'mean 4.3808, top-2-box 88.76 %, bottom-2-box 2.25 %, median 5');
SELECT is((SELECT top_box(recommend, 1, 5, 2) FROM carpentries),
          (SELECT top_box(rating_agg(recommend, 1, 5), 2) FROM carpentries),
          'the direct top_box aggregate agrees with the summary');
SELECT is((SELECT csat(recommend, 1, 5, 4) FROM carpentries),
          (SELECT 100.0::float8 * count(*) FILTER (WHERE recommend >= 4)
                  / count(recommend) FROM carpentries),
          'CSAT (agree or strongly agree) equals plain SQL');

SELECT * FROM finish();
ROLLBACK;
