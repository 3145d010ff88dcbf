-- Rating summaries on two public surveys (../shared/data/PROVENANCE.md):
-- the Turkiye student evaluation (UCI, 5,820 rows, 28 questions on 1-5)
-- and the Somerville happiness survey (2011-2015, 1-10 ratings with half
-- points and data-entry errors).  Reference counts were taken with
-- Python's csv module on the same files.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off
\getenv datadir SVCINDEX_DATA
\set turkiye :datadir '/turkiye_student_evaluation_uci.csv'
\set somerville :datadir '/somerville_happiness_survey_2011_2013_2015.csv'

BEGIN;
CREATE EXTENSION pgtap;
CREATE EXTENSION svcindex;
SELECT plan(10);

-- R's row-names format: a leading row number the header does not name
CREATE TABLE turkiye (
    row_id int, instr int, class int, nb_repeat int, attendance int,
    difficulty int,
    q1 int, q2 int, q3 int, q4 int, q5 int, q6 int, q7 int, q8 int, q9
    int, q10 int, q11 int, q12 int, q13 int, q14 int, q15 int, q16 int,
    q17 int, q18 int, q19 int, q20 int, q21 int, q22 int, q23 int, q24
    int, q25 int, q26 int, q27 int, q28 int);
COPY turkiye FROM :'turkiye' WITH (FORMAT csv, HEADER);

SELECT is((SELECT count(*) FROM turkiye), 5820::bigint, 'all 5,820 rows');
SELECT is((SELECT rating_agg(q1, 1, 5)::text FROM turkiye),
          '(low=1,high=5,counts=[1243,886,1563,1292,836])',
          'Q1 histogram');
SELECT is((SELECT rating_agg(q28, 1, 5)::text FROM turkiye),
          '(low=1,high=5,counts=[812,560,1612,1695,1141])',
          'Q28 histogram');

-- per instructor and question, every accessor against plain SQL
CREATE TABLE turkiye_answer AS
SELECT instr, class, q, score
  FROM turkiye,
       LATERAL unnest(ARRAY[q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12,
                    q13, q14, q15, q16, q17, q18, q19, q20, q21, q22,
                    q23, q24, q25, q26, q27, q28]) WITH ORDINALITY AS a(score, q);
SELECT is((SELECT count(*) FROM (
               SELECT instr, q, rating_agg(score, 1, 5) AS r,
                      avg(score)::float8 AS mean,
                      stddev_samp(score)::float8 AS sd,
                      percentile_cont(0.5) WITHIN GROUP (ORDER BY score) AS median,
                      100.0::float8 * count(*) FILTER (WHERE score >= 4) / count(*) AS top2,
                      100.0::float8 * count(*) FILTER (WHERE score <= 2) / count(*) AS bottom2
                 FROM turkiye_answer GROUP BY instr, q) x
            WHERE abs(mean(r) - mean) > 1e-12 OR abs(stddev(r) - sd) > 1e-12
               OR median(r) <> median OR top_box(r, 2) <> top2
               OR bottom_box(r, 2) <> bottom2),
          0::bigint,
          'mean, stddev, median and box shares equal plain SQL for 3 x 28 groups');
SELECT is((SELECT count(*) FROM (
               SELECT q, rollup(r)::text AS rolled
                 FROM (SELECT instr, class, q, rating_agg(score, 1, 5) r
                         FROM turkiye_answer GROUP BY instr, class, q) s
                GROUP BY q) a
             JOIN (SELECT q, rating_agg(score, 1, 5)::text AS direct
                     FROM turkiye_answer GROUP BY q) d USING (q)
            WHERE rolled = direct),
          28::bigint,
          'rolling up instructor and course summaries gives each question''s summary');
SELECT is((SELECT count(*) FROM (
               SELECT instr, q, top_box(score, 1, 5, 2) AS direct,
                      top_box(rating_agg(score, 1, 5), 2) AS via_summary
                 FROM turkiye_answer GROUP BY instr, q) x
            WHERE direct <> via_summary),
          0::bigint, 'the top_box aggregate equals the summary accessor');

-- Somerville: every column as text, as the file holds it
CREATE TABLE somerville_raw (c1 text, c2 text, c3 text, c4 text, c5 text, c6 text, c7 text, c8
    text, c9 text, c10 text, c11 text, c12 text, c13 text, c14 text, c15
    text, c16 text, c17 text, c18 text, c19 text, c20 text, c21 text, c22
    text, c23 text, c24 text, c25 text, c26 text, c27 text, c28 text, c29
    text, c30 text, c31 text, c32 text, c33 text, c34 text, c35 text, c36
    text, c37 text, c38 text, c39 text, c40 text, c41 text, c42 text, c43
    text);
COPY somerville_raw FROM :'somerville' WITH (FORMAT csv, HEADER);
CREATE TABLE somerville AS
SELECT nullif(nullif(c3, ''), 'NA')::numeric AS happy,
       nullif(nullif(c5, ''), 'NA')::numeric AS place_to_live
  FROM somerville_raw;

SELECT is((SELECT count(*) FROM somerville), 6545::bigint, 'all 6,545 rows');
-- half points are not points of a 1-10 scale, and 810 is no answer on it
SELECT throws_like('SELECT rating_agg(place_to_live, 1, 10) FROM somerville',
                   'rating %.5 is not a point of the scale',
                   'a half-point answer is an error');
SELECT throws_like('SELECT rating_agg(happy, 1, 10) FROM somerville
                     WHERE happy = trunc(happy)',
                   'rating % is not a point of the scale',
                   'an answer off the scale (42, 57, 77, 88, 810) is an error');
-- the whole-point answers: 1:76 2:56 3:108 4:159 5:272 6:566 7:1239
-- 8:1738 9:1206 10:807 (269 blank, 29 half points left out)
SELECT is((SELECT rating_agg(place_to_live, 1, 10)::text FROM somerville
            WHERE place_to_live = trunc(place_to_live)),
          '(low=1,high=10,counts=[76,56,108,159,272,566,1239,1738,1206,807])',
          'satisfaction with Somerville as a place to live');

SELECT * FROM finish();
ROLLBACK;
