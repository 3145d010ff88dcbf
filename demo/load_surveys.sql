-- What the survey loaders share: each one turns every raw answer sheet
-- into a row of survey_row and every rated question into a row of
-- answer_row; keep_surveys then keeps the sound sheets and answers and
-- reports on the others.

CREATE TABLE scorecard_load.survey_row (
	source		text NOT NULL,
	source_key	text NOT NULL,
	site_code	text NOT NULL,
	category_code text,
	answered_at timestamptz,
	dated		boolean NOT NULL DEFAULT true,
	recommend_raw text,
	problem		text
);

CREATE TABLE scorecard_load.answer_row (
	source		text NOT NULL,
	source_key	text NOT NULL,
	item_code	text NOT NULL,
	raw			text,
	score		numeric
);

-- Labels of the text scales, read as 1-5.
CREATE TABLE scorecard_load.scale_label (
	label		text PRIMARY KEY,
	score		int NOT NULL
);
INSERT INTO scorecard_load.scale_label VALUES
	('Strongly Disagree', 1), ('Disagree', 2),
	('Neither Agree nor Disagree', 3), ('Agree', 4), ('Strongly Agree', 5),
	('Never', 1), ('Rarely', 2), ('Sometimes', 3), ('Often', 4),
	('All of the time', 5);

-- Every answer sheet with the reason it is rejected, if it is (a survey
-- that records no dates, dated false, keeps its sheets undated).
CREATE VIEW scorecard_load.survey_checked AS
	SELECT s.*,
		   CASE WHEN s.problem IS NOT NULL THEN s.problem
				WHEN s.answered_at IS NULL AND s.dated
					THEN 'no readable answer date'
		   END AS reason,
		   scorecard_load.number(s.recommend_raw) AS recommend
	  FROM scorecard_load.survey_row s;

-- Every rated answer with the reason it is not kept, if it is not; read
-- after the sheets are kept.
CREATE VIEW scorecard_load.answer_checked AS
	SELECT a.*, v.response_id, i.scale_low, i.scale_high,
		   CASE WHEN v.response_id IS NULL THEN 'answer sheet rejected'
				WHEN scorecard_load.is_missing(a.raw) THEN 'blank or NA'
				WHEN a.score IS NULL THEN 'not a point of the scale'
				WHEN a.score NOT BETWEEN i.scale_low AND i.scale_high
					THEN 'outside the ' || i.scale_low || '-' || i.scale_high || ' scale'
				WHEN a.score <> trunc(a.score) THEN 'between two points of the scale'
		   END AS reason
	  FROM scorecard_load.answer_row a
	  JOIN scorecard.item i USING (item_code)
	  LEFT JOIN scorecard.survey_response v USING (source, source_key);

-- Keep the sound answer sheets with their recommendation and rated answers,
-- and report sheets and answers kept, not answered and rejected by reason.
CREATE PROCEDURE scorecard_load.keep_surveys()
LANGUAGE sql
BEGIN ATOMIC
	INSERT INTO scorecard.survey_response
		(source, source_key, site_code, category_code, answered_at, recommend)
	SELECT source, source_key, site_code, category_code, answered_at,
		   CASE WHEN recommend BETWEEN 0 AND 10 THEN recommend END
	  FROM scorecard_load.survey_checked
	 WHERE reason IS NULL
	 ORDER BY source, answered_at, source_key;

	INSERT INTO scorecard.survey_rating (response_id, item_code, score)
	SELECT response_id, item_code, score
	  FROM scorecard_load.answer_checked
	 WHERE reason IS NULL
	 ORDER BY response_id, item_code;

	INSERT INTO scorecard.load_report
	SELECT source, 'row',
		   CASE WHEN reason IS NULL THEN 'kept' ELSE 'rejected' END,
		   coalesce(reason, 'survey response'), count(*)
	  FROM scorecard_load.survey_checked
	 GROUP BY 1, 2, 3, 4
	UNION ALL
	SELECT source, 'answer',
		   CASE WHEN reason IS NULL THEN 'kept'
				WHEN reason = 'blank' THEN 'not answered' ELSE 'rejected' END,
		   'recommendation (0-10): ' || coalesce(reason, 'on the scale'), count(*)
	  FROM (SELECT source,
				   CASE WHEN scorecard_load.is_missing(recommend_raw) THEN 'blank'
						WHEN recommend IS NULL THEN 'not a number'
						WHEN recommend NOT BETWEEN 0 AND 10 THEN 'outside 0-10'
				   END AS reason
			  FROM scorecard_load.survey_checked
			 WHERE reason IS NULL
			   AND source IN (SELECT source FROM scorecard_load.survey_row
							   WHERE recommend_raw IS NOT NULL)) r
	 GROUP BY 1, 2, 3, 4
	UNION ALL
	SELECT source, 'answer',
		   CASE WHEN reason IS NULL THEN 'kept'
				WHEN reason = 'blank or NA' THEN 'not answered' ELSE 'rejected' END,
		   'rating: ' || coalesce(reason, 'on its scale'), count(*)
	  FROM scorecard_load.answer_checked
	 GROUP BY 1, 2, 3, 4;
END;
