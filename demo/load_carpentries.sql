-- The Carpentries' instructor-training survey: the 0-10 likelihood to
-- recommend (NPS), agreement and frequency ratings as text labels, some
-- with non-breaking spaces; dates month-first with a two-digit year and no
-- time zone (read as UTC); CRLF line ends.
CREATE TABLE scorecard_load.carpentries (
	date text, when_taking text, member_site text, member_site_other text,
	unique_id text, information_reasonable_time text,
	atmosphere_welcoming text, learned_skills text, material text,
	recommend text, worth text, pace text, hands_on text,
	trainers_clear_answers text, trainers_considerate text,
	trainers_communicators text, trainers_enthusiastic text,
	new_information text, live_coding_post_ability text,
	website_post_ability text, concept_maps_post_ability text,
	mcq_post_ability text, learning_objectives_post_ability text,
	knowledge_formative_assessment_post text, knowledge_feedback_post text,
	knowledge_novice_post text, knowledge_human_memory_post text,
	knowledge_cognitive_load_post text, knowledge_carpentries_post text,
	knowledge_motivation_strategies_post text,
	motivation_formative_assessment_post text,
	motivation_feedback_post text, motivation_novice_post text,
	motivation_human_memory_post text, motivation_cognitive_load_post text,
	motivation_carpentries_post text,
	motivation_motivation_strategies_post text, complete_training text,
	complete_training_other text, likely_to_recommend text,
	workshop_id text
);
\set file :datadir '/carpentries_instructor_training_post_survey_2017_2018.csv'
\set copy '\\copy scorecard_load.carpentries FROM ' :'file' ' WITH (FORMAT csv, HEADER)'
:copy
ALTER TABLE scorecard_load.carpentries ADD COLUMN line bigint GENERATED ALWAYS AS IDENTITY;

INSERT INTO scorecard.site (site_code, name, hours)
VALUES ('CARP', 'The Carpentries instructor training', scorecard_load.always_open('UTC'));

INSERT INTO scorecard.item
	(item_code, dimension_code, obtained, name, scale_low, scale_high) VALUES
	('CARP.TIME', 'EFF', 'survey', 'information given in a reasonable time', 1, 5),
	('CARP.WELCOMING', 'ATT', 'survey', 'the atmosphere was welcoming', 1, 5),
	('CARP.SKILLS', 'QUA', 'survey', 'I learned skills I can use', 1, 5),
	('CARP.MATERIAL', 'QUA', 'survey', 'the material fitted my experience', 1, 5),
	('CARP.RECOMMEND', 'SAT', 'survey', 'I would recommend the training', 1, 5),
	('CARP.WORTH', 'SAT', 'survey', 'the training was worth my time', 1, 5),
	('CARP.CLEAR_ANSWERS', 'QUA', 'survey', 'trainers gave clear answers', 1, 5),
	('CARP.CONSIDERATE', 'ATT', 'survey', 'trainers were considerate', 1, 5),
	('CARP.COMMUNICATORS', 'PER', 'survey', 'trainers communicated well with me', 1, 5),
	('CARP.ENTHUSIASTIC', 'PRO', 'survey', 'trainers were enthusiastic', 1, 5);

INSERT INTO scorecard_load.survey_row
	(source, source_key, site_code, answered_at, recommend_raw)
SELECT 'carpentries', 'line ' || line, 'CARP',
	   scorecard_load.local_time(date, 'FMMM/FMDD/YY FMHH24:MI', 'UTC'),
	   likely_to_recommend
  FROM scorecard_load.carpentries;

INSERT INTO scorecard_load.answer_row (source, source_key, item_code, raw, score)
SELECT 'carpentries', 'line ' || c.line, a.item_code, a.raw, l.score
  FROM scorecard_load.carpentries c
 CROSS JOIN LATERAL (VALUES
		('CARP.TIME', c.information_reasonable_time),
		('CARP.WELCOMING', c.atmosphere_welcoming),
		('CARP.SKILLS', c.learned_skills),
		('CARP.MATERIAL', c.material),
		('CARP.RECOMMEND', c.recommend),
		('CARP.WORTH', c.worth),
		('CARP.CLEAR_ANSWERS', c.trainers_clear_answers),
		('CARP.CONSIDERATE', c.trainers_considerate),
		('CARP.COMMUNICATORS', c.trainers_communicators),
		('CARP.ENTHUSIASTIC', c.trainers_enthusiastic)) a(item_code, raw)
  LEFT JOIN scorecard_load.scale_label l
	ON l.label = btrim(replace(a.raw, U&'\00A0', ' '));
