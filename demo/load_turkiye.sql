-- The Turkiye student evaluation (Gazi University, UCI): 28 questions
-- rated 1-5 (Q1-Q12 on the course, Q13-Q28 on the instructor), with the
-- instructor (instr, 1-3) as the site and the course (class, 1-13) as the
-- category.  The file is in R's row-names form: the header names 33
-- columns but every row has 34 fields, the first a quoted row number, read
-- here into row_id.  The evaluations carry no date, so the sheets count in
-- no period of the scorecard, only in the rated-items table; the questions
-- are not mapped onto the eight dimensions.
CREATE TABLE scorecard_load.turkiye (
	row_id text, instr text, class text, nb_repeat text, attendance text,
	difficulty text, q1 text, q2 text, q3 text, q4 text, q5 text, q6 text,
	q7 text, q8 text, q9 text, q10 text, q11 text, q12 text, q13 text,
	q14 text, q15 text, q16 text, q17 text, q18 text, q19 text, q20 text,
	q21 text, q22 text, q23 text, q24 text, q25 text, q26 text, q27 text,
	q28 text
);
\set file :datadir '/turkiye_student_evaluation_uci.csv'
\set copy '\\copy scorecard_load.turkiye FROM ' :'file' ' WITH (FORMAT csv, HEADER)'
:copy

INSERT INTO scorecard.site (site_code, name, hours)
SELECT 'TR-I' || n, 'Gazi University, instructor ' || n,
	   scorecard_load.always_open('Europe/Istanbul')
  FROM generate_series(1, 3) n;

INSERT INTO scorecard.category (category_code, name)
SELECT 'TR:class ' || n, 'Gazi University course ' || n
  FROM generate_series(1, 13) n;

INSERT INTO scorecard.item
	(item_code, dimension_code, obtained, name, scale_low, scale_high)
SELECT format('TR.Q%s', lpad(q::text, 2, '0')), NULL, 'survey',
	   format('question Q%s on the %s', q,
			  CASE WHEN q <= 12 THEN 'course' ELSE 'instructor' END),
	   1, 5
  FROM generate_series(1, 28) q;

INSERT INTO scorecard_load.survey_row
	(source, source_key, site_code, category_code, dated, problem)
SELECT 'turkiye', coalesce(t.row_id, ''),
	   'TR-I' || coalesce(t.instr, ''), 'TR:class ' || coalesce(t.class, ''),
	   false,
	   CASE WHEN coalesce(t.instr, '') !~ '^[1-3]$'
				THEN 'instructor not 1, 2 or 3'
			WHEN coalesce(t.class, '') !~ '^([1-9]|1[0-3])$'
				THEN 'course not 1 to 13'
			WHEN scorecard_load.is_missing(t.row_id) THEN 'no row number'
			WHEN count(*) OVER (PARTITION BY t.row_id) > 1
				THEN 'row number appears more than once'
	   END
  FROM scorecard_load.turkiye t;

INSERT INTO scorecard_load.answer_row (source, source_key, item_code, raw, score)
SELECT 'turkiye', coalesce(t.row_id, ''),
	   format('TR.Q%s', lpad(a.q::text, 2, '0')), a.raw,
	   scorecard_load.number(a.raw)
  FROM scorecard_load.turkiye t
 CROSS JOIN LATERAL (VALUES
		(1, t.q1), (2, t.q2), (3, t.q3), (4, t.q4), (5, t.q5), (6, t.q6),
		(7, t.q7), (8, t.q8), (9, t.q9), (10, t.q10), (11, t.q11),
		(12, t.q12), (13, t.q13), (14, t.q14), (15, t.q15), (16, t.q16),
		(17, t.q17), (18, t.q18), (19, t.q19), (20, t.q20), (21, t.q21),
		(22, t.q22), (23, t.q23), (24, t.q24), (25, t.q25), (26, t.q26),
		(27, t.q27), (28, t.q28)) a(q, raw);
