-- Weights and ranking on public data: the Turkiye student evaluation
-- (UCI; 5,820 answers, 28 questions rated 1-5, 13 courses).  Entropy and
-- CRITIC weights of the 28 questions and the TOPSIS ranking of the courses,
-- each against the same formula in plain SQL.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off
\getenv datadir SVCINDEX_DATA
\set datafile :datadir '/turkiye_student_evaluation_uci.csv'

BEGIN;
CREATE EXTENSION pgtap;
CREATE EXTENSION svcindex;
SELECT plan(8);

-- The file has R's row names: a leading quoted row number without a
-- header of its own.
CREATE TABLE answers (
	row_id int, instr int, class int, nb_repeat int, attendance int,
	difficulty int,
	q1 int, q2 int, q3 int, q4 int, q5 int, q6 int, q7 int, q8 int, q9 int,
	q10 int, q11 int, q12 int, q13 int, q14 int, q15 int, q16 int, q17 int,
	q18 int, q19 int, q20 int, q21 int, q22 int, q23 int, q24 int, q25 int,
	q26 int, q27 int, q28 int
);
COPY answers FROM :'datafile' (FORMAT csv, HEADER true);

CREATE TABLE answer_row AS
SELECT row_id, class,
	   ARRAY[q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13, q14,
			 q15, q16, q17, q18, q19, q20, q21, q22, q23, q24, q25, q26,
			 q27, q28]::float8[] AS x
  FROM answers;
CREATE TABLE cell AS
SELECT row_id, class, j, v FROM answer_row, unnest(x) WITH ORDINALITY u(v, j);

-- Courses as alternatives: the mean answer to each question.
CREATE TABLE course AS
SELECT class, array_agg(m ORDER BY j) AS x
  FROM (SELECT class, j, avg(v) AS m FROM cell GROUP BY class, j) s
 GROUP BY class;

CREATE FUNCTION pg_temp.max_diff(a float8[], b float8[]) RETURNS float8
LANGUAGE sql IMMUTABLE
RETURN (SELECT max(abs(u.a - u.b)) FROM unnest(a, b) u(a, b));

SELECT is((SELECT count(*)::int FROM answer_row), 5820,
		  'all 5,820 answers are loaded');
SELECT is((SELECT count(*)::int FROM course), 13, 'there are 13 courses');

-- Entropy over the answers and over the courses, in plain SQL.
CREATE FUNCTION pg_temp.entropy_sql(matrix text) RETURNS float8[]
LANGUAGE plpgsql AS $$
DECLARE
	result float8[];
BEGIN
	EXECUTE format($q$
		WITH cells AS (
			SELECT j, v FROM %s, unnest(x) WITH ORDINALITY u(v, j)
		), e AS (
			SELECT j, -sum(CASE WHEN v > 0 THEN v / s * ln(v / s) ELSE 0 END) / ln(count(*)) AS e
			  FROM cells JOIN (SELECT j, sum(v) AS s FROM cells GROUP BY j) t USING (j)
			 GROUP BY j
		)
		SELECT array_agg((1 - e) / total ORDER BY j)
		  FROM e, (SELECT sum(1 - e) AS total FROM e) t$q$, matrix)
	  INTO result;
	RETURN result;
END
$$;
SELECT cmp_ok(pg_temp.max_diff((SELECT entropy_weights(x) FROM answer_row),
							   pg_temp.entropy_sql('answer_row')),
			  '<', 1e-9::float8,
			  'entropy weights of the 28 questions over 5,820 answers equal plain SQL');
SELECT cmp_ok(pg_temp.max_diff((SELECT entropy_weights(x) FROM course),
							   pg_temp.entropy_sql('course')),
			  '<', 1e-9::float8,
			  'entropy weights of the 28 questions over 13 courses equal plain SQL');

-- CRITIC over the courses, in plain SQL.
CREATE TABLE course_cell AS
SELECT class, j, v FROM course, unnest(x) WITH ORDINALITY u(v, j);
CREATE TABLE critic_sql AS
WITH spread AS (
	SELECT j, stddev_pop(v) / (max(v) - min(v)) AS sigma
	  FROM course_cell GROUP BY j
), conflict AS (
	SELECT j, sum(1 - r) AS conflict
	  FROM (SELECT a.j, corr(a.v, b.v) AS r
			  FROM course_cell a JOIN course_cell b USING (class)
			 GROUP BY a.j, b.j) p
	 GROUP BY j
), c AS (
	SELECT j, sigma * conflict AS c FROM spread JOIN conflict USING (j)
)
SELECT array_agg(c / total ORDER BY j) AS w
  FROM c, (SELECT sum(c) AS total FROM c) t;
SELECT cmp_ok(pg_temp.max_diff((SELECT critic_weights(x) FROM course),
							   (SELECT w FROM critic_sql)),
			  '<', 1e-9::float8,
			  'CRITIC weights of the 28 questions over 13 courses equal plain SQL');

-- TOPSIS ranking of the courses with the entropy weights.
CREATE TABLE ranking AS
SELECT class, closeness, rank() OVER (ORDER BY closeness DESC) AS rank
  FROM (SELECT class,
			   topsis(x, (SELECT entropy_weights(x) FROM course),
					  array_fill(true, ARRAY[28])) OVER () AS closeness
		  FROM course) s;
CREATE TABLE ranking_sql AS
WITH w AS (
	SELECT j, w FROM unnest((SELECT entropy_weights(x) FROM course))
		 WITH ORDINALITY u(w, j)
), v AS (
	SELECT class, j, w * v / sqrt(sum(v * v) OVER (PARTITION BY j)) AS v
	  FROM course_cell JOIN w USING (j)
), ideal AS (
	SELECT j, max(v) AS best, min(v) AS worst FROM v GROUP BY j
), closeness AS (
	SELECT class, sqrt(sum((v - worst) ^ 2))
				  / (sqrt(sum((v - best) ^ 2)) + sqrt(sum((v - worst) ^ 2))) AS closeness
	  FROM v JOIN ideal USING (j) GROUP BY class
)
SELECT class, closeness, rank() OVER (ORDER BY closeness DESC) AS rank
  FROM closeness;
SELECT cmp_ok((SELECT max(abs(a.closeness - b.closeness))
				 FROM ranking a JOIN ranking_sql b USING (class)),
			  '<', 1e-12::float8,
			  'TOPSIS closeness of the 13 courses equals plain SQL');
SELECT results_eq('SELECT class, rank FROM ranking ORDER BY class',
				  'SELECT class, rank FROM ranking_sql ORDER BY class',
				  'TOPSIS ranks of the 13 courses equal plain SQL');
SELECT is((SELECT count(DISTINCT rank)::int FROM ranking), 13,
		  'the 13 courses get 13 distinct ranks');

SELECT * FROM finish();
ROLLBACK;
