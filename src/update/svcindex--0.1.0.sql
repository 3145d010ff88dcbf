-- svcindex: service quality indicators computed inside PostgreSQL.
--
-- The build assembles this script from the SQL pieces kept beside each
-- capability's C sources: this header, then src/<capability>/*.sql.  Every
-- object is created in @extschema@ and every reference is schema-qualified,
-- so the script does not depend on the caller's search_path.

\echo Use "CREATE EXTENSION svcindex" to load this file. \quit

-- ---------------------------------------------------------------------
-- AHP: weights and consistency of a pairwise comparison matrix
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.ahp_priority_vector(matrix float8[],
	method text DEFAULT 'eigenvector', tolerance float8 DEFAULT 0.05)
RETURNS float8[]
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE C AS 'MODULE_PATHNAME', 'svc_ahp_priority_vector';

COMMENT ON FUNCTION @extschema@.ahp_priority_vector(float8[], text, float8) IS
'AHP weights (summing to 1) of a positive reciprocal pairwise comparison matrix, by the principal eigenvector (method eigenvector, the default) or the normalised row geometric means (method geometric_mean)';

CREATE FUNCTION @extschema@.ahp_lambda_max(matrix float8[],
	tolerance float8 DEFAULT 0.05)
RETURNS float8
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE C AS 'MODULE_PATHNAME', 'svc_ahp_lambda_max';

COMMENT ON FUNCTION @extschema@.ahp_lambda_max(float8[], float8) IS
'Principal eigenvalue of a positive reciprocal pairwise comparison matrix: n for perfectly consistent judgements, more otherwise';

CREATE FUNCTION @extschema@.ahp_random_index(n integer,
	ri_table text DEFAULT 'saaty1980')
RETURNS float8
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE C AS 'MODULE_PATHNAME', 'svc_ahp_random_index';

COMMENT ON FUNCTION @extschema@.ahp_random_index(integer, text) IS
'AHP random index RI(n) from one of the published tables: saaty1980 (the default), saaty2005, tummala_ling, donegan_dodd (interpolated between its listed orders)';

CREATE FUNCTION @extschema@.ahp_weights(
	matrix float8[],
	method text DEFAULT 'eigenvector',
	ri_table text DEFAULT 'saaty1980',
	tolerance float8 DEFAULT 0.05,
	OUT weights float8[],
	OUT lambda_max float8,
	OUT ci float8,
	OUT cr float8,
	OUT consistent boolean)
RETURNS record
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE sql
BEGIN ATOMIC
	SELECT w, lambda, i.ci, c.cr, c.cr <= 0.1
	  FROM @extschema@.ahp_priority_vector(matrix, method, tolerance) w,
		   @extschema@.ahp_lambda_max(matrix, tolerance) lambda,
		   pg_catalog.array_length(w, 1) n,
		   @extschema@.ahp_random_index(n, ri_table) ri,
		   LATERAL (SELECT CASE WHEN n <= 2 THEN 0::float8
								ELSE (lambda - n) / (n - 1) END AS ci) i,
		   LATERAL (SELECT CASE WHEN n <= 2 THEN 0::float8
								ELSE i.ci / ri END AS cr) c;
END;

COMMENT ON FUNCTION @extschema@.ahp_weights(float8[], text, text, float8) IS
'AHP weights of a pairwise comparison matrix with lambda_max, CI = (lambda_max - n)/(n - 1), CR = CI/RI(n) from the chosen random index table (default saaty1980) and consistent = (CR <= 0.1); CI and CR are 0 for n <= 2';

-- ---------------------------------------------------------------------
-- Indicator model: the catalogue of indicators and the links between them
-- ---------------------------------------------------------------------
--
-- The model is a directed acyclic graph: an index at the top, dimensions
-- under it, groups under the dimensions and items under the groups.  The
-- weight of a node under a parent sits on the link, so an item can sit
-- under more than one group (with a weight in each), as the seed's shared
-- measures (resolution time, first response, overall satisfaction,
-- first-contact resolution) do.
--
-- Both tables are extension configuration tables.  The rows the extension
-- installs carry is_default = true, and pg_dump saves only the rows with
-- is_default = false: rows users added and default rows users changed
-- (any change clears is_default).  On restore, CREATE EXTENSION installs
-- the defaults again and the saved rows follow; a saved row whose key is
-- already there as an untouched default replaces it instead of failing on
-- the duplicate key.  Default rows cannot be deleted or re-keyed, since a
-- restore would bring them back: they are retired instead.  An upgrade
-- script changes only rows whose is_default is still true, so users'
-- edits survive upgrades too.
--
-- There is no foreign key between the two tables.  PostgreSQL restores
-- the configuration tables' data in dump order only in a serial restore;
-- pg_restore --jobs may load indicator_link before indicator, and a
-- foreign key would then refuse every saved link.  Constraint triggers
-- (under "Links name known indicators" below) keep the same rules for
-- edits, and leave the loading of a dump alone.

CREATE TABLE @extschema@.indicator (
	code		text PRIMARY KEY
				CHECK (code ~ '^[A-Z][A-Z0-9_]*(\.[A-Z0-9_]+)*$'),
	kind		text NOT NULL
				CHECK (kind IN ('index', 'dimension', 'group', 'item')),
	name_en		text NOT NULL,
	name_zh		text,
	obtained	text CHECK (obtained IN ('survey', 'measured', 'audit')),
	direction	text CHECK (direction IN ('higher', 'lower', 'target')),
	unit		text,
	retired		boolean NOT NULL DEFAULT false,
	is_default	boolean NOT NULL DEFAULT false,
	CONSTRAINT indicator_item_described
		CHECK (kind <> 'item' OR (obtained IS NOT NULL AND direction IS NOT NULL))
);

COMMENT ON TABLE @extschema@.indicator IS
'indicator model catalogue: the index, its dimensions, groups and items, with codes, English and Chinese names, how each item is obtained, its direction and unit';

CREATE TABLE @extschema@.indicator_link (
	parent_code	text NOT NULL,
	child_code	text NOT NULL,
	weight		float8 NOT NULL DEFAULT 1
				CHECK (weight > '-Infinity' AND weight < 'Infinity'),
	retired		boolean NOT NULL DEFAULT false,
	is_default	boolean NOT NULL DEFAULT false,
	PRIMARY KEY (parent_code, child_code),
	CONSTRAINT indicator_link_not_to_itself CHECK (parent_code <> child_code)
);

CREATE INDEX indicator_link_child ON @extschema@.indicator_link (child_code);

COMMENT ON TABLE @extschema@.indicator_link IS
'indicator model hierarchy: each child under each parent, with its local weight among its siblings (normalised to sum 1 where used)';

COMMENT ON INDEX @extschema@.indicator_link_child IS
'finds the parents of an indicator';

-- ---------------------------------------------------------------------
-- The default model, from the seed's indicator system: eight dimensions,
-- their groups and items, all weights equal
-- ---------------------------------------------------------------------

INSERT INTO @extschema@.indicator
	(code, kind, name_en, name_zh, obtained, direction, unit, is_default)
SELECT code, kind, name_en, name_zh, obtained, direction, unit, true
  FROM (VALUES
	('SVCI', 'index', 'service experience index', '服务体验指数', NULL, NULL, NULL),
	('ATT', 'dimension', 'service attitude', '服务态度', NULL, NULL, NULL),
	('EFF', 'dimension', 'service efficiency', '服务效率', NULL, NULL, NULL),
	('QUA', 'dimension', 'service quality', '服务质量', NULL, NULL, NULL),
	('PRO', 'dimension', 'service proactiveness', '服务主动性', NULL, NULL, NULL),
	('CON', 'dimension', 'service convenience', '服务便利性', NULL, NULL, NULL),
	('SAT', 'dimension', 'service satisfaction', '服务满意度', NULL, NULL, NULL),
	('PER', 'dimension', 'service personalisation', '服务个性化', NULL, NULL, NULL),
	('INN', 'dimension', 'service innovation', '服务创新性', NULL, NULL, NULL),

	-- service attitude
	('ATT.ETQ', 'group', 'etiquette', '服务礼仪', NULL, NULL, NULL),
	('ATT.ETQ.GREETING', 'item', 'greeting residents first and warmly', '问候礼仪', 'audit', 'higher', 'score 0-100'),
	('ATT.ETQ.APPEARANCE', 'item', 'tidy appearance to the service standard', '仪容仪表', 'audit', 'higher', 'score 0-100'),
	('ATT.ETQ.GESTURES', 'item', 'respectful gestures', '手势语言', 'audit', 'higher', 'score 0-100'),
	('ATT.LNG', 'group', 'service language', '服务用语', NULL, NULL, NULL),
	('ATT.LNG.POLITE', 'item', 'standard, polite language', '礼貌用语', 'audit', 'higher', 'score 0-100'),
	('ATT.LNG.CLEAR', 'item', 'clear, concise explanations without jargon', '积极沟通', 'survey', 'higher', 'rating 1-5'),
	('ATT.LNG.LISTENING', 'item', 'listening patiently', '倾听技巧', 'survey', 'higher', 'rating 1-5'),
	('ATT.AWR', 'group', 'service awareness', '服务意识', NULL, NULL, NULL),
	('ATT.AWR.PROACTIVE', 'item', 'help beyond expectations', '主动服务', 'survey', 'higher', 'rating 1-5'),
	('ATT.AWR.EMPATHY', 'item', 'empathy', '同理心服务', 'survey', 'higher', 'rating 1-5'),
	('ATT.AWR.TEAMWORK', 'item', 'teamwork with colleagues', '团队合作', 'survey', 'higher', 'rating 1-5'),
	('ATT.MAN', 'group', 'manner', '服务态度', NULL, NULL, NULL),
	('ATT.MAN.WARMTH', 'item', 'warm and friendly', '热情友好', 'survey', 'higher', 'rating 1-5'),
	('ATT.MAN.PATIENCE', 'item', 'patient and thorough', '耐心细致', 'survey', 'higher', 'rating 1-5'),
	('ATT.MAN.RESPECT', 'item', 'respect and equal treatment', '尊重平等', 'survey', 'higher', 'rating 1-5'),
	('ATT.HND', 'group', 'handling, as seen in attitude', '服务效率', NULL, NULL, NULL),
	('ATT.HND.SPEED', 'item', 'handling time without delay', '办事效率', 'measured', 'lower', 'minutes'),
	('ATT.HND.WAITING', 'item', 'waiting cut by streamlined procedures', '流程优化', 'measured', 'lower', 'minutes'),
	('ATT.HND.UPDATES', 'item', 'requests with timely progress updates', '沟通及时', 'measured', 'higher', 'percent'),
	('ATT.INV', 'group', 'innovation, as seen in attitude', '服务创新', NULL, NULL, NULL),
	('ATT.INV.MODES', 'item', 'new service modes and technology', '服务创新', 'survey', 'higher', 'rating 1-5'),
	('ATT.INV.TAILORED', 'item', 'services tailored to groups of residents', '服务定制', 'survey', 'higher', 'rating 1-5'),
	('ATT.INV.CURRENT', 'item', 'keeping up with good practice', '与时俱进', 'survey', 'higher', 'rating 1-5'),

	-- service efficiency
	('EFF.RSP', 'group', 'response time', '响应时间', NULL, NULL, NULL),
	('EFF.RSP.FIRST', 'item', 'first response time through a channel', '首次响应时间（接入渠道）', 'measured', 'lower', 'minutes'),
	('EFF.RSP.ONSITE', 'item', 'on-site arrival time', '现场处理响应时间', 'measured', 'lower', 'minutes'),
	('EFF.RSP.RESOLUTION', 'item', 'resolution time', '问题解决时间', 'measured', 'lower', 'hours'),
	('EFF.TML', 'group', 'timeliness', '服务时效', NULL, NULL, NULL),
	('EFF.TML.STATUTORY', 'item', 'matters handled within the statutory time limit', '办事时限', 'measured', 'higher', 'percent'),
	('EFF.TML.QUEUE', 'item', 'appointment and queue waiting time', '预约排队时间', 'measured', 'lower', 'minutes'),

	-- service quality
	('QUA.EFF', 'group', 'efficiency, as seen in quality', '服务效率', NULL, NULL, NULL),
	('QUA.EFF.RESPONSE', 'item', 'fast response to needs', '服务响应时间快', 'survey', 'higher', 'rating 1-5'),
	('QUA.EFF.FLOW', 'item', 'smooth process without delay or failure', '服务流程顺畅', 'survey', 'higher', 'rating 1-5'),
	('QUA.EFF.REACTION', 'item', 'staff reacting quickly', '服务人员反应迅速', 'survey', 'higher', 'rating 1-5'),
	('QUA.ATT', 'group', 'attitude, as seen in quality', '服务态度', NULL, NULL, NULL),
	('QUA.ATT.WARMTH', 'item', 'warm and courteous staff', '服务人员态度热情', 'survey', 'higher', 'rating 1-5'),
	('QUA.ATT.RESPECT', 'item', 'respect for residents'' views', '尊重用户意见', 'survey', 'higher', 'rating 1-5'),
	('QUA.ATT.DETAIL', 'item', 'attention to detail', '注重细节', 'survey', 'higher', 'rating 1-5'),
	('QUA.PRF', 'group', 'professionalism', '服务专业性', NULL, NULL, NULL),
	('QUA.PRF.ACCURACY', 'item', 'accurate answers', '准确解答问题', 'audit', 'higher', 'score 0-100'),
	('QUA.PRF.ADVICE', 'item', 'expert advice and solutions', '专业的建议和解决方案', 'survey', 'higher', 'rating 1-5'),
	('QUA.PRF.FIRST_CONTACT', 'item', 'first-contact resolution rate', '一次性解决率', 'measured', 'higher', 'percent'),

	-- service proactiveness
	('PRO.CNT', 'group', 'proactive contact', '服务主动接触顾客的积极性', NULL, NULL, NULL),
	('PRO.CNT.HELP', 'item', 'asking about needs and offering help', '主动提供帮助和支持', 'survey', 'higher', 'rating 1-5'),
	('PRO.CNT.FEEDBACK', 'item', 'response time to messages, complaints and praise', '及时响应顾客反馈', 'measured', 'lower', 'hours'),
	('PRO.CNT.EXTRA', 'item', 'extra services such as home delivery or repair', '主动提供额外服务', 'survey', 'higher', 'rating 1-5'),
	('PRO.IMP', 'group', 'seeking improvement', '服务主动寻求改进', NULL, NULL, NULL),
	('PRO.IMP.COLLECT', 'item', 'collecting feedback regularly', '收集顾客反馈和建议', 'audit', 'higher', 'score 0-100'),
	('PRO.IMP.ACT', 'item', 'acting on feedback', '主动实施服务改进措施', 'audit', 'higher', 'score 0-100'),
	('PRO.IMP.MONITOR', 'item', 'monitoring whether improvements work', '持续监测服务改进效果', 'audit', 'higher', 'score 0-100'),
	('PRO.NDS', 'group', 'understanding needs', '服务主动了解顾客需求', NULL, NULL, NULL),
	('PRO.NDS.PREFERENCES', 'item', 'surveys, interviews and data analysis of needs', '主动了解顾客需求和偏好', 'audit', 'higher', 'score 0-100'),
	('PRO.NDS.LATENT', 'item', 'spotting latent needs', '主动识别潜在需求', 'audit', 'higher', 'score 0-100'),
	('PRO.NDS.TRENDS', 'item', 'watching trends and peers', '主动了解市场趋势和竞争对手信息', 'audit', 'higher', 'score 0-100'),
	('PRO.INO', 'group', 'innovation and optimisation', '服务主动创新优化', NULL, NULL, NULL),
	('PRO.INO.IDEAS', 'item', 'encouraging staff ideas', '主动探索服务创新', 'audit', 'higher', 'score 0-100'),
	('PRO.INO.TECHNOLOGY', 'item', 'adopting AI and big data', '主动采用先进技术', 'audit', 'higher', 'score 0-100'),
	('PRO.INO.ADAPT', 'item', 'adapting to changing needs', '主动适应顾客需求变化', 'audit', 'higher', 'score 0-100'),
	('PRO.TMW', 'group', 'teamwork', '服务主动团队协作', NULL, NULL, NULL),
	('PRO.TMW.CROSS', 'item', 'cross-department handling of a resident''s problem', '主动协作解决顾客问题', 'audit', 'higher', 'score 0-100'),
	('PRO.TMW.SHARING', 'item', 'a shared service-information platform', '主动共享服务信息', 'audit', 'higher', 'score 0-100'),
	('PRO.TMW.SPIRIT', 'item', 'team spirit', '主动培养团队合作精神', 'audit', 'higher', 'score 0-100'),
	('PRO.TRN', 'group', 'training and empowerment', '服务主动培训和赋能', NULL, NULL, NULL),
	('PRO.TRN.TRAINING', 'item', 'regular training', '主动提供服务培训', 'audit', 'higher', 'score 0-100'),
	('PRO.TRN.EMPOWER', 'item', 'front-line staff empowered to resolve problems', '主动赋能服务人员', 'audit', 'higher', 'score 0-100'),

	-- service convenience
	('CON.RSP', 'group', 'response timeliness', '服务响应及时性', NULL, NULL, NULL),
	('CON.RSP.RATE', 'item', 'requests responded to within the set limit', '服务响应率', 'measured', 'higher', 'percent'),
	('CON.CHN', 'group', 'channels', '服务渠道便捷性', NULL, NULL, NULL),
	('CON.CHN.MULTI', 'item', 'channels offered (phone, web, app, e-mail)', '多渠道服务提供', 'measured', 'higher', 'count'),
	('CON.CHN.SELF', 'item', 'self-service share of look-ups, bookings and payments', '自助服务功能', 'measured', 'higher', 'percent'),
	('CON.CHN.SMART', 'item', 'requests served by chatbots and voice services', '智能化服务', 'measured', 'higher', 'percent'),
	('CON.PRC', 'group', 'simple processes', '服务流程简便性', NULL, NULL, NULL),
	('CON.PRC.STEPS', 'item', 'steps and documents required', '流程优化', 'measured', 'lower', 'count'),
	('CON.PRC.ONE_STOP', 'item', 'one-stop service across departments', '一站式服务', 'audit', 'higher', 'score 0-100'),
	('CON.PRC.REMOTE', 'item', 'matters handled remotely without a visit', '远程服务', 'measured', 'higher', 'percent'),
	('CON.ACC', 'group', 'accessibility', '服务可达性', NULL, NULL, NULL),
	('CON.ACC.COVERAGE', 'item', 'distance to the nearest service point', '服务网点覆盖', 'measured', 'lower', 'kilometres'),
	('CON.ACC.HOURS', 'item', 'opening hours', '服务时间保障', 'measured', 'higher', 'hours a week'),
	('CON.ACC.SPECIAL', 'item', 'arrangements for the elderly and the disabled', '特殊人群服务', 'audit', 'higher', 'score 0-100'),
	('CON.FRN', 'group', 'friendliness', '服务态度友好性', NULL, NULL, NULL),
	('CON.FRN.COMPETENCE', 'item', 'staff competence', '服务人员素质', 'survey', 'higher', 'rating 1-5'),
	('CON.FRN.MANNER', 'item', 'amiable manner', '服务态度和蔼', 'survey', 'higher', 'rating 1-5'),
	('CON.FRN.SUPPORT', 'item', 'help for residents in difficulty', '困难帮扶', 'survey', 'higher', 'rating 1-5'),
	('CON.SAT', 'group', 'satisfaction, as seen in convenience', '服务满意度', NULL, NULL, NULL),
	('CON.SAT.OVERALL', 'item', 'overall satisfaction', '居民整体满意度', 'survey', 'higher', 'rating 1-5'),
	('CON.SAT.COMPLAINTS', 'item', 'complaint rate', '负面评价与投诉', 'measured', 'lower', 'per 1000 requests'),

	-- service satisfaction
	('SAT.ATT', 'group', 'attitude', '服务态度评价', NULL, NULL, NULL),
	('SAT.ATT.COURTESY', 'item', 'courtesy and respect, privacy included', '礼貌与尊重', 'survey', 'higher', 'rating 1-5'),
	('SAT.ATT.PATIENCE', 'item', 'patience and understanding', '耐心与理解', 'survey', 'higher', 'rating 1-5'),
	('SAT.ATT.INITIATIVE', 'item', 'initiative', '积极主动', 'survey', 'higher', 'rating 1-5'),
	('SAT.EFF', 'group', 'efficiency', '服务效率评价', NULL, NULL, NULL),
	('SAT.EFF.SPEED', 'item', 'response speed', '响应速度', 'survey', 'higher', 'rating 1-5'),
	('SAT.EFF.PROMPTNESS', 'item', 'handling without delay', '处理时效', 'survey', 'higher', 'rating 1-5'),
	('SAT.QUA', 'group', 'quality', '服务质量评价', NULL, NULL, NULL),
	('SAT.QUA.PROFESSIONAL', 'item', 'professionalism', '专业性', 'survey', 'higher', 'rating 1-5'),
	('SAT.QUA.ACCURATE', 'item', 'accuracy of information', '准确性', 'survey', 'higher', 'rating 1-5'),
	('SAT.QUA.EFFECTIVE', 'item', 'effectiveness of the solution', '有效性', 'survey', 'higher', 'rating 1-5'),
	('SAT.PRC', 'group', 'perception', '服务感知评价', NULL, NULL, NULL),
	('SAT.PRC.VALUE', 'item', 'value for money and time', '服务价值', 'survey', 'higher', 'rating 1-5'),
	('SAT.PRC.IMPRESSION', 'item', 'the impression left', '服务印象', 'survey', 'higher', 'rating 1-5'),
	('SAT.PRC.RECOMMEND', 'item', 'willingness to recommend (word of mouth)', '口碑传播', 'survey', 'higher', 'rating 0-10'),
	('SAT.EXP', 'group', 'experience', '服务体验评价', NULL, NULL, NULL),
	('SAT.EXP.CONVENIENCE', 'item', 'convenience without limits of time and place', '便利性', 'survey', 'higher', 'rating 1-5'),
	('SAT.EXP.PERSONAL', 'item', 'personalisation', '个性化', 'survey', 'higher', 'rating 1-5'),
	('SAT.EXP.PARTICIPATION', 'item', 'residents taking part in the process', '参与性', 'survey', 'higher', 'rating 1-5'),
	('SAT.INN', 'group', 'innovation', '服务创新评价', NULL, NULL, NULL),
	('SAT.INN.NOVELTY', 'item', 'novelty', '新颖性', 'survey', 'higher', 'rating 1-5'),
	('SAT.INN.PRACTICAL', 'item', 'practical use', '实用性', 'survey', 'higher', 'rating 1-5'),
	('SAT.INN.SUSTAINABLE', 'item', 'sustainability', '可持续性', 'survey', 'higher', 'rating 1-5'),

	-- service personalisation
	('PER.PRO', 'group', 'proactiveness', '服务主动性', NULL, NULL, NULL),
	('PER.PRO.TAILORED', 'item', 'tailored solutions', '主动提供个性化服务', 'survey', 'higher', 'rating 1-5'),
	('PER.PRO.RESPONSE', 'item', 'timely response to requests', '及时响应居民诉求', 'survey', 'higher', 'rating 1-5'),
	('PER.PRO.CARE', 'item', 'proactive care', '提供主动关怀服务', 'survey', 'higher', 'rating 1-5'),
	('PER.PRF', 'group', 'professionalism', '服务专业性', NULL, NULL, NULL),
	('PER.PRF.KNOWLEDGE', 'item', 'knowledge and skills', '具备专业知识和技能', 'survey', 'higher', 'rating 1-5'),
	('PER.PRF.LEARNING', 'item', 'continuous learning', '持续学习和提升服务水平', 'survey', 'higher', 'rating 1-5'),
	('PER.PRF.STANDARDS', 'item', 'following the service standards', '严格遵守服务规范和流程', 'survey', 'higher', 'rating 1-5'),
	('PER.CON', 'group', 'convenience', '服务便利性', NULL, NULL, NULL),
	('PER.CON.CHANNELS', 'item', 'diverse channels', '便捷多样的服务渠道', 'survey', 'higher', 'rating 1-5'),
	('PER.CON.PROCESS', 'item', 'simple processes', '简化服务流程', 'survey', 'higher', 'rating 1-5'),
	('PER.CON.HOME', 'item', 'home visits and appointments', '上门服务和预约服务', 'survey', 'higher', 'rating 1-5'),
	('PER.ATT', 'group', 'attitude', '服务态度', NULL, NULL, NULL),
	('PER.ATT.WARMTH', 'item', 'warmth', '热情友善', 'survey', 'higher', 'rating 1-5'),
	('PER.ATT.PATIENCE', 'item', 'patience', '耐心细致', 'survey', 'higher', 'rating 1-5'),
	('PER.ATT.PRIVACY', 'item', 'privacy', '尊重居民隐私', 'survey', 'higher', 'rating 1-5'),
	('PER.EFF', 'group', 'efficiency', '服务效率', NULL, NULL, NULL),
	('PER.EFF.SPEED', 'item', 'fast response', '响应速度快', 'survey', 'higher', 'rating 1-5'),
	('PER.EFF.ACCURACY', 'item', 'accurate handling', '办事效率高', 'survey', 'higher', 'rating 1-5'),
	('PER.EFF.TECHNOLOGY', 'item', 'technology that speeds up service', '利用科技手段优化服务效率', 'survey', 'higher', 'rating 1-5'),
	('PER.SAT', 'group', 'satisfaction', '服务满意度', NULL, NULL, NULL),
	('PER.SAT.QUALITY', 'item', 'satisfaction with quality and efficiency', '对服务质量和效率的满意度', 'survey', 'higher', 'rating 1-5'),
	('PER.SAT.STAFF', 'item', 'satisfaction with attitude and professionalism', '对服务态度和专业素养的满意度', 'survey', 'higher', 'rating 1-5'),

	-- service innovation
	('INN.MOD', 'group', 'service model', '服务模式创新', NULL, NULL, NULL),
	('INN.MOD.DELIVERY', 'item', 'new delivery modes (online, mobile, unattended)', '创新性的服务交付模式', 'audit', 'higher', 'score 0-100'),
	('INN.MOD.SIMPLER', 'item', 'simpler processes', '服务流程的简化和优化', 'audit', 'higher', 'score 0-100'),
	('INN.MOD.CUSTOM', 'item', 'customised services', '个性化服务定制', 'audit', 'higher', 'score 0-100'),
	('INN.TEC', 'group', 'technology', '技术应用创新', NULL, NULL, NULL),
	('INN.TEC.DATA', 'item', 'AI, big data and IoT', '人工智能、大数据、物联网', 'audit', 'higher', 'score 0-100'),
	('INN.TEC.IMMERSIVE', 'item', 'virtual and augmented reality', '虚拟现实、增强现实', 'audit', 'higher', 'score 0-100'),
	('INN.TEC.AUTOMATION', 'item', 'digital automation of service management', '服务自动化和智能化管理', 'audit', 'higher', 'score 0-100'),
	('INN.CNT', 'group', 'content', '服务内容创新', NULL, NULL, NULL),
	('INN.CNT.NEW', 'item', 'new service items', '开发新的服务项目', 'audit', 'higher', 'score 0-100'),
	('INN.CNT.VALUE_ADDED', 'item', 'value-added services', '提供增值服务', 'audit', 'higher', 'score 0-100'),
	('INN.CNT.DIFFERENTIATED', 'item', 'differentiated offers', '推出差异化服务方案', 'audit', 'higher', 'score 0-100'),
	('INN.QUA', 'group', 'quality, as seen in innovation', '服务质量', NULL, NULL, NULL),
	('INN.QUA.EFFICIENCY', 'item', 'efficiency', '服务效率', 'survey', 'higher', 'rating 1-5'),
	('INN.QUA.ATTITUDE', 'item', 'attitude', '服务态度', 'survey', 'higher', 'rating 1-5'),
	('INN.QUA.PROFESSIONAL', 'item', 'professionalism', '服务专业性', 'survey', 'higher', 'rating 1-5')
  ) AS seed (code, kind, name_en, name_zh, obtained, direction, unit);

-- Every node sits under the node its code extends (ATT.ETQ.GREETING under
-- ATT.ETQ, ATT.ETQ under ATT), dimensions under the index; the shared
-- items are also linked under their second home.
INSERT INTO @extschema@.indicator_link (parent_code, child_code, is_default)
SELECT CASE WHEN kind = 'dimension' THEN 'SVCI'
			ELSE pg_catalog.regexp_replace(code, '\.[^.]+$', '')
	   END,
	   code, true
  FROM @extschema@.indicator
 WHERE kind <> 'index';

INSERT INTO @extschema@.indicator_link (parent_code, child_code, is_default)
VALUES ('CON.RSP', 'EFF.RSP.FIRST', true),
	   ('CON.RSP', 'EFF.RSP.RESOLUTION', true),
	   ('SAT.EFF', 'QUA.PRF.FIRST_CONTACT', true),
	   ('PER.SAT', 'CON.SAT.OVERALL', true);

SELECT pg_catalog.pg_extension_config_dump('@extschema@.indicator',
										   'WHERE NOT is_default');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.indicator_link',
										   'WHERE NOT is_default');

-- ---------------------------------------------------------------------
-- Keeping users' edits apart from the defaults (see the top of this
-- section).  An upgrade script that changes default rows disables these
-- triggers while it does, so that the rows stay marked as defaults.
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.indicator_model_track_edit()
RETURNS trigger
LANGUAGE plpgsql VOLATILE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
DECLARE
	-- the trigger's arguments name the table's key columns
	new_row jsonb := to_jsonb(NEW) - 'is_default';
	old_row jsonb := to_jsonb(OLD) - 'is_default';
	row_key text;
	rekeyed boolean;
	value_columns text;
	key_matches text;
	holds_defaults boolean;
BEGIN
	IF TG_OP = 'TRUNCATE' THEN
		-- emptying the table deletes default rows, bypassing the row checks
		EXECUTE format('SELECT EXISTS (SELECT FROM %s WHERE is_default)',
					   TG_RELID::regclass)
			INTO holds_defaults;
		IF holds_defaults THEN
			RAISE EXCEPTION '% holds rows of the default model', TG_TABLE_NAME
				USING ERRCODE = 'object_in_use',
					  DETAIL = 'A restore or an upgrade would bring the deleted default rows back.',
					  HINT = 'Retire default rows by setting retired = true, and delete your own rows with DELETE.';
		END IF;
		RETURN NULL;
	END IF;

	IF TG_OP = 'INSERT' THEN
		-- a saved edit of a default row, as pg_dump restores it: the
		-- untouched default row with the same key takes the new values.
		-- Each row costs one look-up by the primary key, whatever the size
		-- of the table, so that bulk loads and restores stay linear; the
		-- function runs with enable_seqscan off so that the plan the
		-- session keeps for the look-up, though made while the table was
		-- small, uses the index as the table grows.
		IF TG_TABLE_NAME = 'indicator' THEN
			PERFORM FROM @extschema@.indicator t
			  WHERE t.code = NEW.code AND t.is_default;
		ELSE
			PERFORM FROM @extschema@.indicator_link t
			  WHERE t.parent_code = NEW.parent_code
				AND t.child_code = NEW.child_code AND t.is_default;
		END IF;
		IF FOUND THEN
			SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum)
			  INTO value_columns
			  FROM pg_attribute
			 WHERE attrelid = TG_RELID AND attnum > 0 AND NOT attisdropped
			   AND attname <> 'is_default' AND attname <> ALL (TG_ARGV);
			SELECT string_agg(format('t.%1$I = ($2).%1$I', k), ' AND ')
			  INTO key_matches
			  FROM unnest(TG_ARGV) k;
			EXECUTE format('UPDATE %s AS t SET (%s) = (SELECT %2$s FROM jsonb_populate_record(t, $1)) '
						   'WHERE %s AND t.is_default',
						   TG_RELID::regclass, value_columns, key_matches)
				USING new_row, NEW;
			RETURN NULL;
		END IF;
		NEW.is_default := false;
		RETURN NEW;
	END IF;

	-- a default row keeps its key, since a restore would bring it back
	SELECT string_agg(old_row ->> k, ', ' ORDER BY n),
		   bool_or(TG_OP = 'DELETE' OR new_row -> k IS DISTINCT FROM old_row -> k)
	  INTO row_key, rekeyed
	  FROM unnest(TG_ARGV) WITH ORDINALITY AS key_column (k, n);
	IF OLD.is_default AND rekeyed THEN
		RAISE EXCEPTION '% (%) belongs to the default model', TG_TABLE_NAME, row_key
			USING ERRCODE = 'object_in_use',
				  DETAIL = 'A restore or an upgrade would bring a deleted or re-keyed default row back.',
				  HINT = 'Retire it instead by setting retired = true, and add a new row where one is needed.';
	END IF;
	IF TG_OP = 'DELETE' THEN
		RETURN OLD;
	END IF;

	-- any change makes the row the user's, so that pg_dump saves it
	NEW.is_default := OLD.is_default AND new_row = old_row;
	RETURN NEW;
END
$$;

COMMENT ON FUNCTION @extschema@.indicator_model_track_edit() IS
'trigger function of the indicator model tables: marks edited default rows as the user''s, lets a restored edit replace its default row, and refuses to delete or re-key default rows or to truncate a table holding them';

CREATE TRIGGER indicator_track_edit
	BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.indicator
	FOR EACH ROW EXECUTE FUNCTION @extschema@.indicator_model_track_edit('code');

CREATE TRIGGER indicator_link_track_edit
	BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.indicator_link
	FOR EACH ROW
	EXECUTE FUNCTION @extschema@.indicator_model_track_edit('parent_code',
															'child_code');

CREATE TRIGGER indicator_refuse_truncate
	BEFORE TRUNCATE ON @extschema@.indicator
	FOR EACH STATEMENT
	EXECUTE FUNCTION @extschema@.indicator_model_track_edit('code');

CREATE TRIGGER indicator_link_refuse_truncate
	BEFORE TRUNCATE ON @extschema@.indicator_link
	FOR EACH STATEMENT
	EXECUTE FUNCTION @extschema@.indicator_model_track_edit('parent_code',
															'child_code');

-- ---------------------------------------------------------------------
-- Links name known indicators
-- ---------------------------------------------------------------------
--
-- The rules a foreign key would keep, checked by constraint triggers at
-- the end of each statement, or at commit after SET CONSTRAINTS ...
-- DEFERRED: a new or re-keyed link names two indicators of the catalogue,
-- and an indicator that links name cannot be deleted or re-keyed.  The
-- first check stands aside while check_function_bodies is off, the
-- setting with which pg_dump's scripts and pg_restore load a dump so that
-- its forward references load in any order: a parallel restore may load
-- the links before the indicators they name.  Should a dump then lack an
-- indicator, the weight views leave its links out and
-- indicator_model_check() reports them as dangling.

CREATE FUNCTION @extschema@.indicator_link_require_codes()
RETURNS trigger
LANGUAGE plpgsql VOLATILE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	unknown_code text;
BEGIN
	IF NOT current_setting('check_function_bodies')::boolean THEN
		RETURN NULL;
	END IF;

	-- the link as it stands when the check runs, which may be at commit
	SELECT named.code
	  INTO unknown_code
	  FROM @extschema@.indicator_link l
	 CROSS JOIN LATERAL (VALUES (1, l.parent_code), (2, l.child_code))
		   AS named (position, code)
	 WHERE l.parent_code = NEW.parent_code AND l.child_code = NEW.child_code
	   AND NOT EXISTS (SELECT FROM @extschema@.indicator i
						WHERE i.code = named.code)
	 ORDER BY named.position
	 LIMIT 1;
	IF unknown_code IS NOT NULL THEN
		RAISE EXCEPTION 'indicator_link (%, %) names %, which is not an indicator',
			NEW.parent_code, NEW.child_code, unknown_code
			USING ERRCODE = 'foreign_key_violation',
				  DETAIL = 'A link joins a parent and a child that are both rows of the indicator table.',
				  HINT = 'Add the indicator first, or correct the code.';
	END IF;
	RETURN NULL;
END
$$;

COMMENT ON FUNCTION @extschema@.indicator_link_require_codes() IS
'constraint trigger function of indicator_link: refuses a new or re-keyed link whose parent or child is not in the indicator table, except while check_function_bodies is off, as when a dump is loaded';

CREATE FUNCTION @extschema@.indicator_require_unlinked()
RETURNS trigger
LANGUAGE plpgsql VOLATILE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
BEGIN
	-- a code deleted and added again, or not changed, is still there.
	-- The links are looked up by their indexes whatever the size the
	-- plan was made for (it is kept for the session): after a bulk delete
	-- of links, a scan of indicator_link for each deleted indicator would
	-- read every dead link again, and deleting many indicators would
	-- cost the square of their number.
	IF EXISTS (SELECT FROM @extschema@.indicator_link l
				WHERE l.parent_code = OLD.code OR l.child_code = OLD.code)
	   AND NOT EXISTS (SELECT FROM @extschema@.indicator i
						WHERE i.code = OLD.code) THEN
		RAISE EXCEPTION 'indicator (%) is still named in indicator_link', OLD.code
			USING ERRCODE = 'foreign_key_violation',
				  DETAIL = 'Deleting or re-keying it would leave links whose parent or child is no indicator.',
				  HINT = 'Delete the links that name it first, or retire it instead by setting retired = true.';
	END IF;
	RETURN NULL;
END
$$;

COMMENT ON FUNCTION @extschema@.indicator_require_unlinked() IS
'constraint trigger function of indicator: refuses to delete or re-key an indicator that links still name';

CREATE CONSTRAINT TRIGGER indicator_link_names_known_codes
	AFTER INSERT OR UPDATE OF parent_code, child_code
	ON @extschema@.indicator_link
	DEFERRABLE INITIALLY IMMEDIATE
	FOR EACH ROW EXECUTE FUNCTION @extschema@.indicator_link_require_codes();

COMMENT ON TRIGGER indicator_link_names_known_codes
	ON @extschema@.indicator_link IS
'a new or re-keyed link must name two indicators, checked at the end of the statement (or at commit when deferred)';

CREATE CONSTRAINT TRIGGER indicator_unlinked_before_removal
	AFTER DELETE OR UPDATE OF code ON @extschema@.indicator
	DEFERRABLE INITIALLY IMMEDIATE
	FOR EACH ROW EXECUTE FUNCTION @extschema@.indicator_require_unlinked();

COMMENT ON TRIGGER indicator_unlinked_before_removal
	ON @extschema@.indicator IS
'an indicator that links name cannot be deleted or re-keyed, checked at the end of the statement (or at commit when deferred)';

-- ---------------------------------------------------------------------
-- Weights along the hierarchy
-- ---------------------------------------------------------------------
--
-- A link's local weight is normalised over the active links of the same
-- parent (w / sum of the siblings' w).  The weight of a node within an
-- ancestor is the product of the normalised local weights along a path
-- down from the ancestor, summed over all paths when the node sits under
-- more than one parent.  Retired indicators and retired links take no
-- part, and their siblings' weights are normalised without them.  The
-- siblings' weights are summed divided by a power of two near the
-- largest of them, so that any finite weights can be summed (1e308 and
-- 1e308 as well as 1 and 1); dividing by a power of two is exact, so the
-- normalised weights are the same bits as w / sum(w) wherever that sum
-- does not overflow.

CREATE VIEW @extschema@.indicator_weight AS
WITH RECURSIVE scaled_link AS (
	SELECT l.parent_code, l.child_code,
		   l.weight / pg_catalog.power(2::float8,
				GREATEST(-1022, LEAST(1023, pg_catalog.floor(
					pg_catalog.ln(NULLIF(pg_catalog.max(pg_catalog.abs(l.weight))
										 OVER (PARTITION BY l.parent_code), 0))
					/ pg_catalog.ln(2::float8)))))
			   AS weight
	  FROM @extschema@.indicator_link l
	  JOIN @extschema@.indicator p ON p.code = l.parent_code
	  JOIN @extschema@.indicator c ON c.code = l.child_code
	 WHERE NOT l.retired AND NOT p.retired AND NOT c.retired
),
active_link AS (
	SELECT parent_code, child_code,
		   weight / NULLIF(pg_catalog.sum(weight)
							   OVER (PARTITION BY parent_code), 0)
			   AS local_weight
	  FROM scaled_link
),
path (ancestor, code, weight) AS (
	SELECT parent_code, child_code, local_weight
	  FROM active_link
	UNION ALL
	SELECT p.ancestor, l.child_code, p.weight * l.local_weight
	  FROM path p
	  JOIN active_link l ON l.parent_code = p.code
) CYCLE code SET in_cycle USING route
SELECT p.ancestor, a.kind AS ancestor_kind, p.code, c.kind,
	   pg_catalog.sum(p.weight) AS weight
  FROM path p
  JOIN @extschema@.indicator a ON a.code = p.ancestor
  JOIN @extschema@.indicator c ON c.code = p.code
 WHERE NOT p.in_cycle AND p.ancestor <> p.code
 GROUP BY p.ancestor, a.kind, p.code, c.kind;

COMMENT ON VIEW @extschema@.indicator_weight IS
'weight of every indicator within each of its ancestors: the product of normalised local weights along the paths between them, summed over paths';

CREATE VIEW @extschema@.indicator_effective_weight AS
SELECT w.ancestor AS index_code, w.code, w.kind, i.name_en, i.name_zh,
	   w.weight
  FROM @extschema@.indicator_weight w
  JOIN @extschema@.indicator i ON i.code = w.code
 WHERE w.ancestor_kind = 'index';

COMMENT ON VIEW @extschema@.indicator_effective_weight IS
'effective weight of every dimension, group and item in the whole index: the product of normalised local weights along the path to the root';

-- ---------------------------------------------------------------------
-- Checking a model
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.indicator_model_check()
RETURNS TABLE (problem text, code text, detail text)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	WITH RECURSIVE active_link AS (
		SELECT l.parent_code, l.child_code, l.weight
		  FROM @extschema@.indicator_link l
		  JOIN @extschema@.indicator p ON p.code = l.parent_code
		  JOIN @extschema@.indicator c ON c.code = l.child_code
		 WHERE NOT l.retired AND NOT p.retired AND NOT c.retired
	),
	reach (start, code) AS (
		SELECT parent_code, child_code FROM active_link
		UNION
		SELECT r.start, l.child_code
		  FROM reach r
		  JOIN active_link l ON l.parent_code = r.code
	),
	problems (problem, code, detail) AS (
		SELECT 'cycle', r.start,
			   'reaches itself by following its children down'
		  FROM reach r
		 WHERE r.start = r.code
		UNION ALL
		SELECT 'dangling link', named.code,
			   'named by the link from ' || l.parent_code || ' to ' ||
			   l.child_code || ', but not in the indicator table'
		  FROM @extschema@.indicator_link l
		 CROSS JOIN LATERAL (VALUES (l.parent_code), (l.child_code))
			   AS named (code)
		 WHERE NOT EXISTS (SELECT 1 FROM @extschema@.indicator i
							WHERE i.code = named.code)
		UNION ALL
		SELECT 'orphan', i.code,
			   'the ' || i.kind || ' is under no active parent, so it counts in no index'
		  FROM @extschema@.indicator i
		 WHERE NOT i.retired AND i.kind <> 'index'
		   AND NOT EXISTS (SELECT 1 FROM active_link l
							WHERE l.child_code = i.code)
		UNION ALL
		SELECT 'non-positive weight', l.child_code,
			   'weight ' || l.weight::text || ' under ' || l.parent_code
		  FROM active_link l
		 WHERE l.weight <= 0
		UNION ALL
		SELECT 'empty group', i.code,
			   'the ' || i.kind || ' has no active children'
		  FROM @extschema@.indicator i
		 WHERE NOT i.retired AND i.kind <> 'item'
		   AND NOT EXISTS (SELECT 1 FROM active_link l
							WHERE l.parent_code = i.code)
		UNION ALL
		SELECT 'item with children', i.code,
			   'an item is a leaf, but this one has active children'
		  FROM @extschema@.indicator i
		 WHERE NOT i.retired AND i.kind = 'item'
		   AND EXISTS (SELECT 1 FROM active_link l
						WHERE l.parent_code = i.code)
	)
	SELECT problem, code, detail FROM problems ORDER BY problem, code, detail;
END;

COMMENT ON FUNCTION @extschema@.indicator_model_check() IS
'what is wrong with the indicator model: cycles, links to codes that are not indicators, orphans, non-positive weights, empty groups and items with children; no rows for a sound model';

-- ---------------------------------------------------------------------
-- Indicator normalisation: raw values onto the 0-100 score scale
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.normalise_linear(value float8, worst float8,
											 best float8)
RETURNS float8
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'svc_normalise_linear';

COMMENT ON FUNCTION @extschema@.normalise_linear(float8, float8, float8) IS
'score 0-100 of a value on the line from worst (0) to best (100), clamped; worst may exceed best for lower-is-better values; worst = best scores 100';

CREATE FUNCTION @extschema@.normalise_band(value float8, low float8,
										   high float8, tolerance float8)
RETURNS float8
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'svc_normalise_band';

COMMENT ON FUNCTION @extschema@.normalise_band(float8, float8, float8, float8) IS
'score 0-100 against a target band: 100 inside [low, high], falling linearly to 0 at tolerance outside it';

CREATE FUNCTION @extschema@.normalise_band(value float8, low float8,
										   high float8,
										   tolerance_below float8,
										   tolerance_above float8)
RETURNS float8
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'svc_normalise_band';

COMMENT ON FUNCTION @extschema@.normalise_band(float8, float8, float8, float8, float8) IS
'score 0-100 against a target band: 100 inside [low, high], falling linearly to 0 at tolerance_below under it and tolerance_above over it';

CREATE FUNCTION @extschema@.normalise_rating(rating float8, scale_min float8,
											 scale_max float8)
RETURNS float8
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'svc_normalise_rating';

COMMENT ON FUNCTION @extschema@.normalise_rating(float8, float8, float8) IS
'a rating on the scale [scale_min, scale_max] mapped linearly to 0-100; a rating off the scale is an error';

-- ---------------------------------------------------------------------
-- TOPSIS: closeness to the ideal alternative, as a window function
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.topsis(criteria float8[], weights float8[],
	benefit boolean[])
RETURNS float8
WINDOW IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE
LANGUAGE C AS 'MODULE_PATHNAME', 'svc_topsis';

COMMENT ON FUNCTION @extschema@.topsis(float8[], float8[], boolean[]) IS
'Window function: TOPSIS closeness coefficient of the row among the rows of its partition, with vector normalisation (Hwang and Yoon); NULL for NULL criteria or when the ideal equals the anti-ideal';

CREATE FUNCTION @extschema@.topsis(criteria float8[], weights float8[],
	benefit boolean[], normalisation text)
RETURNS float8
WINDOW IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE
LANGUAGE C AS 'MODULE_PATHNAME', 'svc_topsis';

COMMENT ON FUNCTION @extschema@.topsis(float8[], float8[], boolean[], text) IS
'Window function: TOPSIS closeness coefficient of the row among the rows of its partition, with normalisation vector (Hwang and Yoon), minmax or none; NULL for NULL criteria or when the ideal equals the anti-ideal';

-- ---------------------------------------------------------------------
-- weighted_score(score, weight): sum(w * s) / sum(w), exact sums
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.weighted_score_transition(internal, float8, float8)
RETURNS internal
LANGUAGE C IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'svc_weighted_score_transition';

COMMENT ON FUNCTION @extschema@.weighted_score_transition(internal, float8, float8) IS
'transition function of weighted_score: adds one row''s score and weight';

CREATE FUNCTION @extschema@.weighted_score_inverse(internal, float8, float8)
RETURNS internal
LANGUAGE C IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'svc_weighted_score_inverse';

COMMENT ON FUNCTION @extschema@.weighted_score_inverse(internal, float8, float8) IS
'inverse transition function of weighted_score for moving windows: removes one row exactly';

CREATE FUNCTION @extschema@.weighted_score_combine(internal, internal)
RETURNS internal
LANGUAGE C IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'svc_weighted_score_combine';

COMMENT ON FUNCTION @extschema@.weighted_score_combine(internal, internal) IS
'combine function of weighted_score: merges two partial states';

CREATE FUNCTION @extschema@.weighted_score_serialize(internal)
RETURNS bytea
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'svc_weighted_score_serialize';

COMMENT ON FUNCTION @extschema@.weighted_score_serialize(internal) IS
'serialisation function of weighted_score: a partial state as bytea';

CREATE FUNCTION @extschema@.weighted_score_deserialize(bytea, internal)
RETURNS internal
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'svc_weighted_score_deserialize';

COMMENT ON FUNCTION @extschema@.weighted_score_deserialize(bytea, internal) IS
'deserialisation function of weighted_score: a partial state read back from bytea';

CREATE FUNCTION @extschema@.weighted_score_final(internal)
RETURNS float8
LANGUAGE C IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'svc_weighted_score_final';

COMMENT ON FUNCTION @extschema@.weighted_score_final(internal) IS
'final function of weighted_score: sum(w * s) / sum(w), or NULL when no row counts or all weights are zero';

CREATE AGGREGATE @extschema@.weighted_score(score float8, weight float8) (
	SFUNC = @extschema@.weighted_score_transition,
	STYPE = internal,
	FINALFUNC = @extschema@.weighted_score_final,
	COMBINEFUNC = @extschema@.weighted_score_combine,
	SERIALFUNC = @extschema@.weighted_score_serialize,
	DESERIALFUNC = @extschema@.weighted_score_deserialize,
	MSFUNC = @extschema@.weighted_score_transition,
	MINVFUNC = @extschema@.weighted_score_inverse,
	MSTYPE = internal,
	MFINALFUNC = @extschema@.weighted_score_final,
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.weighted_score(float8, float8) IS
'weighted mean sum(w * s) / sum(w) over rows with both score and weight; negative weights are errors; NULL when every weight is zero';

-- ---------------------------------------------------------------------
-- Weights from the data: entropy and CRITIC aggregates
-- ---------------------------------------------------------------------

-- The states of both aggregates are varlenas, serialised as they are.
CREATE FUNCTION @extschema@.weights_state_serialize(internal)
RETURNS bytea
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE C AS 'MODULE_PATHNAME', 'svc_weights_state_serialize';

COMMENT ON FUNCTION @extschema@.weights_state_serialize(internal) IS
'Serial function of entropy_weights and critic_weights (internal state to bytea)';

CREATE FUNCTION @extschema@.weights_state_deserialize(bytea, internal)
RETURNS internal
IMMUTABLE STRICT PARALLEL SAFE
LANGUAGE C AS 'MODULE_PATHNAME', 'svc_weights_state_deserialize';

COMMENT ON FUNCTION @extschema@.weights_state_deserialize(bytea, internal) IS
'Deserial function of entropy_weights and critic_weights (bytea to internal state)';

-- Entropy weights

CREATE FUNCTION @extschema@.entropy_weights_transfn(internal, float8[])
RETURNS internal
IMMUTABLE PARALLEL SAFE
LANGUAGE C AS 'MODULE_PATHNAME', 'svc_entropy_weights_transfn';

COMMENT ON FUNCTION @extschema@.entropy_weights_transfn(internal, float8[]) IS
'Transition function of entropy_weights: adds one alternative''s criteria to the per-criterion sums of x and x ln x';

CREATE FUNCTION @extschema@.entropy_weights_combinefn(internal, internal)
RETURNS internal
IMMUTABLE PARALLEL SAFE
LANGUAGE C AS 'MODULE_PATHNAME', 'svc_entropy_weights_combinefn';

COMMENT ON FUNCTION @extschema@.entropy_weights_combinefn(internal, internal) IS
'Combine function of entropy_weights: merges two partial states';

CREATE FUNCTION @extschema@.entropy_weights_finalfn(internal)
RETURNS float8[]
IMMUTABLE PARALLEL SAFE
LANGUAGE C AS 'MODULE_PATHNAME', 'svc_entropy_weights_finalfn';

COMMENT ON FUNCTION @extschema@.entropy_weights_finalfn(internal) IS
'Final function of entropy_weights: the weights, or NULL when every criterion is constant';

CREATE AGGREGATE @extschema@.entropy_weights(criteria float8[]) (
	SFUNC = @extschema@.entropy_weights_transfn,
	STYPE = internal,
	FINALFUNC = @extschema@.entropy_weights_finalfn,
	COMBINEFUNC = @extschema@.entropy_weights_combinefn,
	SERIALFUNC = @extschema@.weights_state_serialize,
	DESERIALFUNC = @extschema@.weights_state_deserialize,
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.entropy_weights(float8[]) IS
'Entropy weights of the criteria over the alternatives (one row each): w_j proportional to 1 - E_j, E_j = -sum p ln p / ln m, p = x / column sum; values must be >= 0, constant criteria get 0, NULL rows are skipped';

-- CRITIC weights

CREATE FUNCTION @extschema@.critic_weights_transfn(internal, float8[])
RETURNS internal
IMMUTABLE PARALLEL SAFE
LANGUAGE C AS 'MODULE_PATHNAME', 'svc_critic_weights_transfn';

COMMENT ON FUNCTION @extschema@.critic_weights_transfn(internal, float8[]) IS
'Transition function of critic_weights: adds one alternative to the means and co-moments, every criterion a benefit';

CREATE FUNCTION @extschema@.critic_weights_transfn(internal, float8[], boolean[])
RETURNS internal
IMMUTABLE PARALLEL SAFE
LANGUAGE C AS 'MODULE_PATHNAME', 'svc_critic_weights_transfn';

COMMENT ON FUNCTION @extschema@.critic_weights_transfn(internal, float8[], boolean[]) IS
'Transition function of critic_weights: adds one alternative to the means and co-moments, with the direction of each criterion';

CREATE FUNCTION @extschema@.critic_weights_combinefn(internal, internal)
RETURNS internal
IMMUTABLE PARALLEL SAFE
LANGUAGE C AS 'MODULE_PATHNAME', 'svc_critic_weights_combinefn';

COMMENT ON FUNCTION @extschema@.critic_weights_combinefn(internal, internal) IS
'Combine function of critic_weights: merges two partial states with the pairwise co-moment formula';

CREATE FUNCTION @extschema@.critic_weights_finalfn(internal)
RETURNS float8[]
IMMUTABLE PARALLEL SAFE
LANGUAGE C AS 'MODULE_PATHNAME', 'svc_critic_weights_finalfn';

COMMENT ON FUNCTION @extschema@.critic_weights_finalfn(internal) IS
'Final function of critic_weights: the weights, or NULL when they are 0/0';

CREATE AGGREGATE @extschema@.critic_weights(criteria float8[]) (
	SFUNC = @extschema@.critic_weights_transfn,
	STYPE = internal,
	FINALFUNC = @extschema@.critic_weights_finalfn,
	COMBINEFUNC = @extschema@.critic_weights_combinefn,
	SERIALFUNC = @extschema@.weights_state_serialize,
	DESERIALFUNC = @extschema@.weights_state_deserialize,
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.critic_weights(float8[]) IS
'CRITIC weights of the criteria over the alternatives (one row each), every criterion a benefit: min-max scaled spread times the sum of (1 - Pearson correlation) with the others; constant criteria get 0, NULL rows are skipped';

CREATE AGGREGATE @extschema@.critic_weights(criteria float8[], benefit boolean[]) (
	SFUNC = @extschema@.critic_weights_transfn,
	STYPE = internal,
	FINALFUNC = @extschema@.critic_weights_finalfn,
	COMBINEFUNC = @extschema@.critic_weights_combinefn,
	SERIALFUNC = @extschema@.weights_state_serialize,
	DESERIALFUNC = @extschema@.weights_state_deserialize,
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.critic_weights(float8[], boolean[]) IS
'CRITIC weights of the criteria over the alternatives (one row each), benefit[j] false for a criterion where less is better (scaled as (max - x)/(max - min)); constant criteria get 0, NULL rows are skipped';

-- ---------------------------------------------------------------------
-- Business calendars and business time
-- ---------------------------------------------------------------------

-- The calendar type: read from its JSON document, stored compiled.
CREATE TYPE @extschema@.business_calendar;

CREATE FUNCTION @extschema@.business_calendar_in(pg_catalog.cstring)
RETURNS @extschema@.business_calendar
AS 'MODULE_PATHNAME', 'business_calendar_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.business_calendar_out(@extschema@.business_calendar)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'business_calendar_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.business_calendar_recv(pg_catalog.internal)
RETURNS @extschema@.business_calendar
AS 'MODULE_PATHNAME', 'business_calendar_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.business_calendar_send(@extschema@.business_calendar)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'business_calendar_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.business_calendar (
	INPUT = @extschema@.business_calendar_in,
	OUTPUT = @extschema@.business_calendar_out,
	RECEIVE = @extschema@.business_calendar_recv,
	SEND = @extschema@.business_calendar_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);

CREATE FUNCTION @extschema@.business_calendar(pg_catalog.jsonb)
RETURNS @extschema@.business_calendar
AS 'MODULE_PATHNAME', 'business_calendar_from_jsonb'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE CAST (pg_catalog.jsonb AS @extschema@.business_calendar)
WITH FUNCTION @extschema@.business_calendar(pg_catalog.jsonb);

COMMENT ON TYPE @extschema@.business_calendar IS
'working hours per weekday, holidays, shifts and breaks per date, in one time zone';
COMMENT ON FUNCTION @extschema@.business_calendar_in(pg_catalog.cstring) IS
'reads a business calendar from its JSON document';
COMMENT ON FUNCTION @extschema@.business_calendar_out(@extschema@.business_calendar) IS
'writes a business calendar as its canonical JSON document';
COMMENT ON FUNCTION @extschema@.business_calendar_recv(pg_catalog.internal) IS
'reads a business calendar in binary form';
COMMENT ON FUNCTION @extschema@.business_calendar_send(@extschema@.business_calendar) IS
'writes a business calendar in binary form';
COMMENT ON FUNCTION @extschema@.business_calendar(pg_catalog.jsonb) IS
'builds a business calendar from a jsonb document with tz, hours, holidays, shifts and breaks';
COMMENT ON CAST (pg_catalog.jsonb AS @extschema@.business_calendar) IS
'builds a business calendar from a jsonb document';

-- Working time between instants, deadlines, openings.
CREATE FUNCTION @extschema@.business_time(
	calendar @extschema@.business_calendar,
	start pg_catalog.timestamptz,
	finish pg_catalog.timestamptz)
RETURNS pg_catalog.interval
AS 'MODULE_PATHNAME', 'business_time'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.business_time(
	calendar @extschema@.business_calendar,
	start pg_catalog.timestamptz,
	finish pg_catalog.timestamptz,
	paused pg_catalog.tstzmultirange)
RETURNS pg_catalog.interval
AS 'MODULE_PATHNAME', 'business_time_paused'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.business_deadline(
	calendar @extschema@.business_calendar,
	start pg_catalog.timestamptz,
	amount pg_catalog.interval)
RETURNS pg_catalog.timestamptz
AS 'MODULE_PATHNAME', 'business_deadline'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.is_business_time(
	calendar @extschema@.business_calendar,
	t pg_catalog.timestamptz)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'is_business_time'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.next_business_time(
	calendar @extschema@.business_calendar,
	t pg_catalog.timestamptz)
RETURNS pg_catalog.timestamptz
AS 'MODULE_PATHNAME', 'next_business_time'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.business_time(@extschema@.business_calendar, pg_catalog.timestamptz, pg_catalog.timestamptz) IS
'working time in [start, finish) under the calendar, in real elapsed time; negative when finish is before start';
COMMENT ON FUNCTION @extschema@.business_time(@extschema@.business_calendar, pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.tstzmultirange) IS
'working time in [start, finish) less the working time inside the paused ranges';
COMMENT ON FUNCTION @extschema@.business_deadline(@extschema@.business_calendar, pg_catalog.timestamptz, pg_catalog.interval) IS
'earliest instant at which the working time from start reaches amount (backwards for a negative amount)';
COMMENT ON FUNCTION @extschema@.is_business_time(@extschema@.business_calendar, pg_catalog.timestamptz) IS
'whether the instant lies in working time (opening included, closing excluded)';
COMMENT ON FUNCTION @extschema@.next_business_time(@extschema@.business_calendar, pg_catalog.timestamptz) IS
'the instant itself when it is working time, else the next opening';

-- ---------------------------------------------------------------------------
-- SLA compliance and response-time percentiles
--
-- sla_agg(elapsed, target) counts durations against their targets into an
-- sla_summary: met and breached counts, the exact mean, and a log-bucketed
-- sketch for percentiles within 1 %.  Summaries merge with rollup(), so
-- daily rollup tables and parallel plans give the direct answer.
-- ---------------------------------------------------------------------------

-- The summary type ------------------------------------------------------------

CREATE TYPE @extschema@.sla_summary;

CREATE FUNCTION @extschema@.sla_summary_in(pg_catalog.cstring)
RETURNS @extschema@.sla_summary
AS 'MODULE_PATHNAME', 'sla_summary_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.sla_summary_out(@extschema@.sla_summary)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'sla_summary_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.sla_summary_recv(pg_catalog.internal)
RETURNS @extschema@.sla_summary
AS 'MODULE_PATHNAME', 'sla_summary_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.sla_summary_send(@extschema@.sla_summary)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'sla_summary_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.sla_summary (
	INPUT = @extschema@.sla_summary_in,
	OUTPUT = @extschema@.sla_summary_out,
	RECEIVE = @extschema@.sla_summary_recv,
	SEND = @extschema@.sla_summary_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);

COMMENT ON TYPE @extschema@.sla_summary IS
'durations counted against their targets: met and breached counts, exact sum, minimum and maximum, and a sketch for percentiles within 1 %';
COMMENT ON FUNCTION @extschema@.sla_summary_in(pg_catalog.cstring) IS
'reads an sla_summary from its text form';
COMMENT ON FUNCTION @extschema@.sla_summary_out(@extschema@.sla_summary) IS
'writes an sla_summary in its text form';
COMMENT ON FUNCTION @extschema@.sla_summary_recv(pg_catalog.internal) IS
'reads an sla_summary from its binary form';
COMMENT ON FUNCTION @extschema@.sla_summary_send(@extschema@.sla_summary) IS
'writes an sla_summary in its binary form';

-- Aggregate support, shared by sla_agg and rollup ------------------------------

CREATE FUNCTION @extschema@.sla_agg_transition(pg_catalog.internal,
	pg_catalog.interval, pg_catalog.interval)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'sla_agg_transition'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.sla_rollup_transition(pg_catalog.internal,
	@extschema@.sla_summary)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'sla_rollup_transition'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.sla_agg_combine(pg_catalog.internal,
	pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'sla_agg_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.sla_agg_serialize(pg_catalog.internal)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'sla_agg_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.sla_agg_deserialize(pg_catalog.bytea,
	pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'sla_agg_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.sla_agg_final(pg_catalog.internal)
RETURNS @extschema@.sla_summary
AS 'MODULE_PATHNAME', 'sla_agg_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.sla_agg_transition(pg_catalog.internal,
	pg_catalog.interval, pg_catalog.interval) IS
'sla_agg support: counts one duration against its target';
COMMENT ON FUNCTION @extschema@.sla_rollup_transition(pg_catalog.internal,
	@extschema@.sla_summary) IS
'rollup support: merges one sla_summary into the running state';
COMMENT ON FUNCTION @extschema@.sla_agg_combine(pg_catalog.internal,
	pg_catalog.internal) IS
'sla_agg and rollup support: combines two partial states';
COMMENT ON FUNCTION @extschema@.sla_agg_serialize(pg_catalog.internal) IS
'sla_agg and rollup support: serialises a partial state';
COMMENT ON FUNCTION @extschema@.sla_agg_deserialize(pg_catalog.bytea,
	pg_catalog.internal) IS
'sla_agg and rollup support: deserialises a partial state';
COMMENT ON FUNCTION @extschema@.sla_agg_final(pg_catalog.internal) IS
'sla_agg and rollup support: the sla_summary of the state, NULL when empty';

-- Aggregates ------------------------------------------------------------------

CREATE AGGREGATE @extschema@.sla_agg(pg_catalog.interval, pg_catalog.interval) (
	SFUNC = @extschema@.sla_agg_transition,
	STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.sla_agg_final,
	COMBINEFUNC = @extschema@.sla_agg_combine,
	SERIALFUNC = @extschema@.sla_agg_serialize,
	DESERIALFUNC = @extschema@.sla_agg_deserialize,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.rollup(@extschema@.sla_summary) (
	SFUNC = @extschema@.sla_rollup_transition,
	STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.sla_agg_final,
	COMBINEFUNC = @extschema@.sla_agg_combine,
	SERIALFUNC = @extschema@.sla_agg_serialize,
	DESERIALFUNC = @extschema@.sla_agg_deserialize,
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.sla_agg(pg_catalog.interval,
	pg_catalog.interval) IS
'sla_summary of durations (elapsed) against their targets; rows with a NULL elapsed or target are skipped';
COMMENT ON AGGREGATE @extschema@.rollup(@extschema@.sla_summary) IS
'merges sla_summary values into one, as if aggregated directly';

-- Accessors -------------------------------------------------------------------

CREATE FUNCTION @extschema@.total(@extschema@.sla_summary)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'sla_summary_total'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.met(@extschema@.sla_summary)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'sla_summary_met'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.breached(@extschema@.sla_summary)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'sla_summary_breached'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.compliance(@extschema@.sla_summary)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'sla_summary_compliance'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.mean(@extschema@.sla_summary)
RETURNS pg_catalog.interval
AS 'MODULE_PATHNAME', 'sla_summary_mean'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.percentile(@extschema@.sla_summary,
	pg_catalog.float8)
RETURNS pg_catalog.interval
AS 'MODULE_PATHNAME', 'sla_summary_percentile'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.total(@extschema@.sla_summary) IS
'number of durations in an sla_summary';
COMMENT ON FUNCTION @extschema@.met(@extschema@.sla_summary) IS
'number of durations at or below their target';
COMMENT ON FUNCTION @extschema@.breached(@extschema@.sla_summary) IS
'number of durations above their target';
COMMENT ON FUNCTION @extschema@.compliance(@extschema@.sla_summary) IS
'share of durations at or below their target, from 0 to 1';
COMMENT ON FUNCTION @extschema@.mean(@extschema@.sla_summary) IS
'mean duration, exact to the microsecond';
COMMENT ON FUNCTION @extschema@.percentile(@extschema@.sla_summary,
	pg_catalog.float8) IS
'duration at a fraction from 0 to 1, as percentile_disc picks it, within 0.99 % plus rounding to the microsecond for durations of at least the largest magnitude / 3.97e8';

-- One-step compliance, with an inverse for moving windows ---------------------

CREATE FUNCTION @extschema@.sla_compliance_transition(pg_catalog.internal,
	pg_catalog.interval, pg_catalog.interval)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'sla_compliance_transition'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.sla_compliance_inverse(pg_catalog.internal,
	pg_catalog.interval, pg_catalog.interval)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'sla_compliance_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.sla_compliance_combine(pg_catalog.internal,
	pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'sla_compliance_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.sla_compliance_serialize(pg_catalog.internal)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'sla_compliance_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.sla_compliance_deserialize(pg_catalog.bytea,
	pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'sla_compliance_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.sla_compliance_final(pg_catalog.internal)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'sla_compliance_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.sla_compliance(pg_catalog.interval,
	pg_catalog.interval) (
	SFUNC = @extschema@.sla_compliance_transition,
	STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.sla_compliance_final,
	COMBINEFUNC = @extschema@.sla_compliance_combine,
	SERIALFUNC = @extschema@.sla_compliance_serialize,
	DESERIALFUNC = @extschema@.sla_compliance_deserialize,
	MSFUNC = @extschema@.sla_compliance_transition,
	MINVFUNC = @extschema@.sla_compliance_inverse,
	MSTYPE = pg_catalog.internal,
	MFINALFUNC = @extschema@.sla_compliance_final,
	PARALLEL = SAFE
);

COMMENT ON FUNCTION @extschema@.sla_compliance_transition(pg_catalog.internal,
	pg_catalog.interval, pg_catalog.interval) IS
'sla_compliance support: counts one duration against its target';
COMMENT ON FUNCTION @extschema@.sla_compliance_inverse(pg_catalog.internal,
	pg_catalog.interval, pg_catalog.interval) IS
'sla_compliance support: removes a row that leaves a window frame';
COMMENT ON FUNCTION @extschema@.sla_compliance_combine(pg_catalog.internal,
	pg_catalog.internal) IS
'sla_compliance support: combines two partial counts';
COMMENT ON FUNCTION @extschema@.sla_compliance_serialize(pg_catalog.internal) IS
'sla_compliance support: serialises partial counts';
COMMENT ON FUNCTION @extschema@.sla_compliance_deserialize(pg_catalog.bytea,
	pg_catalog.internal) IS
'sla_compliance support: deserialises partial counts';
COMMENT ON FUNCTION @extschema@.sla_compliance_final(pg_catalog.internal) IS
'sla_compliance support: the share met, NULL when no row is counted';
COMMENT ON AGGREGATE @extschema@.sla_compliance(pg_catalog.interval,
	pg_catalog.interval) IS
'share of durations (elapsed) at or below their target, from 0 to 1; rows with a NULL elapsed or target are skipped';
-- Word of mouth: the Net Promoter Score.
--
-- nps(score [, weight]) scores answers on the 0-10 scale: promoters 9 or
-- more, detractors 6 or less, passives the rest.  nps_agg() keeps the class
-- counts in an nps_summary, whose accessors give the score, the shares and
-- the sampling error, and rollup() merges summaries.

---------------------------------------------------------------------------
-- The nps_summary type
---------------------------------------------------------------------------

CREATE TYPE @extschema@.nps_summary;

CREATE FUNCTION @extschema@.nps_summary_in(pg_catalog.cstring)
RETURNS @extschema@.nps_summary
AS 'MODULE_PATHNAME', 'nps_summary_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_summary_out(@extschema@.nps_summary)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'nps_summary_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_summary_recv(pg_catalog.internal)
RETURNS @extschema@.nps_summary
AS 'MODULE_PATHNAME', 'nps_summary_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_summary_send(@extschema@.nps_summary)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'nps_summary_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.nps_summary (
	INPUT = @extschema@.nps_summary_in,
	OUTPUT = @extschema@.nps_summary_out,
	RECEIVE = @extschema@.nps_summary_recv,
	SEND = @extschema@.nps_summary_send,
	INTERNALLENGTH = 64,
	ALIGNMENT = double,
	STORAGE = plain
);

COMMENT ON TYPE @extschema@.nps_summary IS
'NPS class counts (and survey weight sums when weighted), 64 bytes';
COMMENT ON FUNCTION @extschema@.nps_summary_in(pg_catalog.cstring) IS
'reads an nps_summary from its text form';
COMMENT ON FUNCTION @extschema@.nps_summary_out(@extschema@.nps_summary) IS
'writes an nps_summary in its text form';
COMMENT ON FUNCTION @extschema@.nps_summary_recv(pg_catalog.internal) IS
'reads an nps_summary from its binary form';
COMMENT ON FUNCTION @extschema@.nps_summary_send(@extschema@.nps_summary) IS
'writes an nps_summary in its binary form';

---------------------------------------------------------------------------
-- Aggregate support: transitions, inverse transitions, combine, serialise,
-- finals.  The state of nps() and nps_agg() is an internal NpsSummary
-- updated in place.
---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.nps_transition(pg_catalog.internal, pg_catalog.int2)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'nps_int2_transition'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_transition(pg_catalog.internal, pg_catalog.int4)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'nps_int4_transition'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_transition(pg_catalog.internal, pg_catalog.int8)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'nps_int8_transition'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_transition(pg_catalog.internal, pg_catalog.numeric)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'nps_numeric_transition'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_transition(pg_catalog.internal, pg_catalog.float8)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'nps_float8_transition'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_inverse(pg_catalog.internal, pg_catalog.int2)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'nps_int2_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_inverse(pg_catalog.internal, pg_catalog.int4)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'nps_int4_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_inverse(pg_catalog.internal, pg_catalog.int8)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'nps_int8_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_inverse(pg_catalog.internal, pg_catalog.numeric)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'nps_numeric_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_inverse(pg_catalog.internal, pg_catalog.float8)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'nps_float8_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_transition(pg_catalog.internal, pg_catalog.numeric,
	pg_catalog.float8)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'nps_numeric_weighted_transition'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_transition(pg_catalog.internal, pg_catalog.float8,
	pg_catalog.float8)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'nps_float8_weighted_transition'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_inverse(pg_catalog.internal, pg_catalog.numeric,
	pg_catalog.float8)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'nps_numeric_weighted_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_inverse(pg_catalog.internal, pg_catalog.float8,
	pg_catalog.float8)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'nps_float8_weighted_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_combine(pg_catalog.internal,
	pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'nps_summary_merge'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_serialize(pg_catalog.internal)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'nps_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_deserialize(pg_catalog.bytea,
	pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'nps_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_final(pg_catalog.internal)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'nps_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_agg_final(pg_catalog.internal)
RETURNS @extschema@.nps_summary
AS 'MODULE_PATHNAME', 'nps_summary_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_merge(@extschema@.nps_summary,
	@extschema@.nps_summary)
RETURNS @extschema@.nps_summary
AS 'MODULE_PATHNAME', 'nps_summary_merge'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_summary_final(@extschema@.nps_summary)
RETURNS @extschema@.nps_summary
AS 'MODULE_PATHNAME', 'nps_summary_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.nps_transition(pg_catalog.internal, pg_catalog.int2) IS
'transition of the NPS aggregates for smallint answers';
COMMENT ON FUNCTION @extschema@.nps_transition(pg_catalog.internal, pg_catalog.int4) IS
'transition of the NPS aggregates for integer answers';
COMMENT ON FUNCTION @extschema@.nps_transition(pg_catalog.internal, pg_catalog.int8) IS
'transition of the NPS aggregates for bigint answers';
COMMENT ON FUNCTION @extschema@.nps_transition(pg_catalog.internal, pg_catalog.numeric) IS
'transition of the NPS aggregates for numeric answers';
COMMENT ON FUNCTION @extschema@.nps_transition(pg_catalog.internal, pg_catalog.float8) IS
'transition of the NPS aggregates for double precision answers';
COMMENT ON FUNCTION @extschema@.nps_inverse(pg_catalog.internal, pg_catalog.int2) IS
'moving-window inverse transition of the NPS aggregates for smallint answers';
COMMENT ON FUNCTION @extschema@.nps_inverse(pg_catalog.internal, pg_catalog.int4) IS
'moving-window inverse transition of the NPS aggregates for integer answers';
COMMENT ON FUNCTION @extschema@.nps_inverse(pg_catalog.internal, pg_catalog.int8) IS
'moving-window inverse transition of the NPS aggregates for bigint answers';
COMMENT ON FUNCTION @extschema@.nps_inverse(pg_catalog.internal, pg_catalog.numeric) IS
'moving-window inverse transition of the NPS aggregates for numeric answers';
COMMENT ON FUNCTION @extschema@.nps_inverse(pg_catalog.internal, pg_catalog.float8) IS
'moving-window inverse transition of the NPS aggregates for double precision answers';
COMMENT ON FUNCTION @extschema@.nps_transition(pg_catalog.internal, pg_catalog.numeric, pg_catalog.float8) IS
'transition of the weighted NPS aggregates for numeric answers';
COMMENT ON FUNCTION @extschema@.nps_transition(pg_catalog.internal, pg_catalog.float8, pg_catalog.float8) IS
'transition of the weighted NPS aggregates for double precision answers';
COMMENT ON FUNCTION @extschema@.nps_inverse(pg_catalog.internal, pg_catalog.numeric, pg_catalog.float8) IS
'moving-window inverse of the weighted NPS transition for numeric answers; NULL when it cannot be undone exactly';
COMMENT ON FUNCTION @extschema@.nps_inverse(pg_catalog.internal, pg_catalog.float8, pg_catalog.float8) IS
'moving-window inverse of the weighted NPS transition for double precision answers; NULL when it cannot be undone exactly';
COMMENT ON FUNCTION @extschema@.nps_combine(pg_catalog.internal, pg_catalog.internal) IS
'combine function of the NPS aggregates';
COMMENT ON FUNCTION @extschema@.nps_serialize(pg_catalog.internal) IS
'serialises an NPS aggregate state for parallel workers';
COMMENT ON FUNCTION @extschema@.nps_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
'reads back a serialised NPS aggregate state';
COMMENT ON FUNCTION @extschema@.nps_final(pg_catalog.internal) IS
'final function of nps: the score in points';
COMMENT ON FUNCTION @extschema@.nps_agg_final(pg_catalog.internal) IS
'final function of nps_agg: the summary, or NULL when no answer was counted';
COMMENT ON FUNCTION @extschema@.nps_merge(@extschema@.nps_summary, @extschema@.nps_summary) IS
'merges two NPS summaries: transition of rollup';
COMMENT ON FUNCTION @extschema@.nps_summary_final(@extschema@.nps_summary) IS
'final function of rollup(nps_summary): the summary, or NULL when there is none';

---------------------------------------------------------------------------
-- Aggregates
---------------------------------------------------------------------------

CREATE AGGREGATE @extschema@.nps(pg_catalog.int2) (
	SFUNC = @extschema@.nps_transition, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.nps_final, COMBINEFUNC = @extschema@.nps_combine,
	SERIALFUNC = @extschema@.nps_serialize,
	DESERIALFUNC = @extschema@.nps_deserialize,
	MSFUNC = @extschema@.nps_transition, MINVFUNC = @extschema@.nps_inverse,
	MSTYPE = pg_catalog.internal, MFINALFUNC = @extschema@.nps_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.nps(pg_catalog.int4) (
	SFUNC = @extschema@.nps_transition, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.nps_final, COMBINEFUNC = @extschema@.nps_combine,
	SERIALFUNC = @extschema@.nps_serialize,
	DESERIALFUNC = @extschema@.nps_deserialize,
	MSFUNC = @extschema@.nps_transition, MINVFUNC = @extschema@.nps_inverse,
	MSTYPE = pg_catalog.internal, MFINALFUNC = @extschema@.nps_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.nps(pg_catalog.int8) (
	SFUNC = @extschema@.nps_transition, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.nps_final, COMBINEFUNC = @extschema@.nps_combine,
	SERIALFUNC = @extschema@.nps_serialize,
	DESERIALFUNC = @extschema@.nps_deserialize,
	MSFUNC = @extschema@.nps_transition, MINVFUNC = @extschema@.nps_inverse,
	MSTYPE = pg_catalog.internal, MFINALFUNC = @extschema@.nps_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.nps(pg_catalog.numeric) (
	SFUNC = @extschema@.nps_transition, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.nps_final, COMBINEFUNC = @extschema@.nps_combine,
	SERIALFUNC = @extschema@.nps_serialize,
	DESERIALFUNC = @extschema@.nps_deserialize,
	MSFUNC = @extschema@.nps_transition, MINVFUNC = @extschema@.nps_inverse,
	MSTYPE = pg_catalog.internal, MFINALFUNC = @extschema@.nps_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.nps(pg_catalog.float8) (
	SFUNC = @extschema@.nps_transition, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.nps_final, COMBINEFUNC = @extschema@.nps_combine,
	SERIALFUNC = @extschema@.nps_serialize,
	DESERIALFUNC = @extschema@.nps_deserialize,
	MSFUNC = @extschema@.nps_transition, MINVFUNC = @extschema@.nps_inverse,
	MSTYPE = pg_catalog.internal, MFINALFUNC = @extschema@.nps_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.nps(pg_catalog.numeric, pg_catalog.float8) (
	SFUNC = @extschema@.nps_transition, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.nps_final, COMBINEFUNC = @extschema@.nps_combine,
	SERIALFUNC = @extschema@.nps_serialize,
	DESERIALFUNC = @extschema@.nps_deserialize,
	MSFUNC = @extschema@.nps_transition, MINVFUNC = @extschema@.nps_inverse,
	MSTYPE = pg_catalog.internal, MFINALFUNC = @extschema@.nps_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.nps(pg_catalog.float8, pg_catalog.float8) (
	SFUNC = @extschema@.nps_transition, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.nps_final, COMBINEFUNC = @extschema@.nps_combine,
	SERIALFUNC = @extschema@.nps_serialize,
	DESERIALFUNC = @extschema@.nps_deserialize,
	MSFUNC = @extschema@.nps_transition, MINVFUNC = @extschema@.nps_inverse,
	MSTYPE = pg_catalog.internal, MFINALFUNC = @extschema@.nps_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.nps_agg(pg_catalog.int2) (
	SFUNC = @extschema@.nps_transition, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.nps_agg_final, COMBINEFUNC = @extschema@.nps_combine,
	SERIALFUNC = @extschema@.nps_serialize,
	DESERIALFUNC = @extschema@.nps_deserialize,
	MSFUNC = @extschema@.nps_transition, MINVFUNC = @extschema@.nps_inverse,
	MSTYPE = pg_catalog.internal, MFINALFUNC = @extschema@.nps_agg_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.nps_agg(pg_catalog.int4) (
	SFUNC = @extschema@.nps_transition, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.nps_agg_final, COMBINEFUNC = @extschema@.nps_combine,
	SERIALFUNC = @extschema@.nps_serialize,
	DESERIALFUNC = @extschema@.nps_deserialize,
	MSFUNC = @extschema@.nps_transition, MINVFUNC = @extschema@.nps_inverse,
	MSTYPE = pg_catalog.internal, MFINALFUNC = @extschema@.nps_agg_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.nps_agg(pg_catalog.int8) (
	SFUNC = @extschema@.nps_transition, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.nps_agg_final, COMBINEFUNC = @extschema@.nps_combine,
	SERIALFUNC = @extschema@.nps_serialize,
	DESERIALFUNC = @extschema@.nps_deserialize,
	MSFUNC = @extschema@.nps_transition, MINVFUNC = @extschema@.nps_inverse,
	MSTYPE = pg_catalog.internal, MFINALFUNC = @extschema@.nps_agg_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.nps_agg(pg_catalog.numeric) (
	SFUNC = @extschema@.nps_transition, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.nps_agg_final, COMBINEFUNC = @extschema@.nps_combine,
	SERIALFUNC = @extschema@.nps_serialize,
	DESERIALFUNC = @extschema@.nps_deserialize,
	MSFUNC = @extschema@.nps_transition, MINVFUNC = @extschema@.nps_inverse,
	MSTYPE = pg_catalog.internal, MFINALFUNC = @extschema@.nps_agg_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.nps_agg(pg_catalog.float8) (
	SFUNC = @extschema@.nps_transition, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.nps_agg_final, COMBINEFUNC = @extschema@.nps_combine,
	SERIALFUNC = @extschema@.nps_serialize,
	DESERIALFUNC = @extschema@.nps_deserialize,
	MSFUNC = @extschema@.nps_transition, MINVFUNC = @extschema@.nps_inverse,
	MSTYPE = pg_catalog.internal, MFINALFUNC = @extschema@.nps_agg_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.nps_agg(pg_catalog.numeric, pg_catalog.float8) (
	SFUNC = @extschema@.nps_transition, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.nps_agg_final, COMBINEFUNC = @extschema@.nps_combine,
	SERIALFUNC = @extschema@.nps_serialize,
	DESERIALFUNC = @extschema@.nps_deserialize,
	MSFUNC = @extschema@.nps_transition, MINVFUNC = @extschema@.nps_inverse,
	MSTYPE = pg_catalog.internal, MFINALFUNC = @extschema@.nps_agg_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.nps_agg(pg_catalog.float8, pg_catalog.float8) (
	SFUNC = @extschema@.nps_transition, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.nps_agg_final, COMBINEFUNC = @extschema@.nps_combine,
	SERIALFUNC = @extschema@.nps_serialize,
	DESERIALFUNC = @extschema@.nps_deserialize,
	MSFUNC = @extschema@.nps_transition, MINVFUNC = @extschema@.nps_inverse,
	MSTYPE = pg_catalog.internal, MFINALFUNC = @extschema@.nps_agg_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.rollup(@extschema@.nps_summary) (
	SFUNC = @extschema@.nps_merge, STYPE = @extschema@.nps_summary,
	FINALFUNC = @extschema@.nps_summary_final,
	COMBINEFUNC = @extschema@.nps_merge,
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.nps(pg_catalog.int2) IS
'Net Promoter Score of 0-10 answers in points (-100 to 100); NULLs skipped';
COMMENT ON AGGREGATE @extschema@.nps(pg_catalog.int4) IS
'Net Promoter Score of 0-10 answers in points (-100 to 100); NULLs skipped';
COMMENT ON AGGREGATE @extschema@.nps(pg_catalog.int8) IS
'Net Promoter Score of 0-10 answers in points (-100 to 100); NULLs skipped';
COMMENT ON AGGREGATE @extschema@.nps(pg_catalog.numeric) IS
'Net Promoter Score of 0-10 answers in points (-100 to 100); NULLs skipped';
COMMENT ON AGGREGATE @extschema@.nps(pg_catalog.float8) IS
'Net Promoter Score of 0-10 answers in points (-100 to 100); NULLs skipped';
COMMENT ON AGGREGATE @extschema@.nps(pg_catalog.numeric, pg_catalog.float8) IS
'Net Promoter Score of 0-10 answers with survey weights, in points';
COMMENT ON AGGREGATE @extschema@.nps(pg_catalog.float8, pg_catalog.float8) IS
'Net Promoter Score of 0-10 answers with survey weights, in points';
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.int2) IS
'nps_summary (class counts) of 0-10 answers';
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.int4) IS
'nps_summary (class counts) of 0-10 answers';
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.int8) IS
'nps_summary (class counts) of 0-10 answers';
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.numeric) IS
'nps_summary (class counts) of 0-10 answers';
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.float8) IS
'nps_summary (class counts) of 0-10 answers';
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.numeric, pg_catalog.float8) IS
'weighted nps_summary (class counts and weight sums) of 0-10 answers';
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.float8, pg_catalog.float8) IS
'weighted nps_summary (class counts and weight sums) of 0-10 answers';
COMMENT ON AGGREGATE @extschema@.rollup(@extschema@.nps_summary) IS
'merges NPS summaries into one';

---------------------------------------------------------------------------
-- Accessors
---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.nps(@extschema@.nps_summary)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'nps_summary_nps'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.promoters(@extschema@.nps_summary)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'nps_summary_promoters'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.passives(@extschema@.nps_summary)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'nps_summary_passives'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.detractors(@extschema@.nps_summary)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'nps_summary_detractors'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.responses(@extschema@.nps_summary)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'nps_summary_responses'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.promoter_share(@extschema@.nps_summary)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'nps_summary_promoter_share'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.passive_share(@extschema@.nps_summary)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'nps_summary_passive_share'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.detractor_share(@extschema@.nps_summary)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'nps_summary_detractor_share'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.effective_responses(@extschema@.nps_summary)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'nps_summary_effective_responses'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_stderr(@extschema@.nps_summary)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'nps_summary_stderr'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_interval_bounds(@extschema@.nps_summary,
	pg_catalog.float8, pg_catalog.text)
RETURNS pg_catalog.float8[]
AS 'MODULE_PATHNAME', 'nps_summary_interval'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_interval(summary @extschema@.nps_summary,
	level pg_catalog.float8 DEFAULT 0.95,
	method pg_catalog.text DEFAULT 'wald',
	OUT low pg_catalog.float8, OUT high pg_catalog.float8)
RETURNS record
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT b[1], b[2]
	  FROM (SELECT @extschema@.nps_interval_bounds(summary, level, method)) AS s(b);
END;

CREATE FUNCTION @extschema@.nps_test_values(@extschema@.nps_summary,
	@extschema@.nps_summary)
RETURNS pg_catalog.float8[]
AS 'MODULE_PATHNAME', 'nps_summary_test'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_test(a @extschema@.nps_summary,
	b @extschema@.nps_summary,
	OUT difference pg_catalog.float8, OUT z pg_catalog.float8,
	OUT p_value pg_catalog.float8)
RETURNS record
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT t[1], t[2], t[3]
	  FROM (SELECT @extschema@.nps_test_values(a, b)) AS s(t);
END;

COMMENT ON FUNCTION @extschema@.nps(@extschema@.nps_summary) IS
'Net Promoter Score of a summary, in points';
COMMENT ON FUNCTION @extschema@.promoters(@extschema@.nps_summary) IS
'number of promoters (answers 9 or 10) in a summary';
COMMENT ON FUNCTION @extschema@.passives(@extschema@.nps_summary) IS
'number of passives (answers above 6 and below 9) in a summary';
COMMENT ON FUNCTION @extschema@.detractors(@extschema@.nps_summary) IS
'number of detractors (answers 0 to 6) in a summary';
COMMENT ON FUNCTION @extschema@.responses(@extschema@.nps_summary) IS
'number of answers in a summary';
COMMENT ON FUNCTION @extschema@.promoter_share(@extschema@.nps_summary) IS
'percentage of promoters, weighted when the summary is';
COMMENT ON FUNCTION @extschema@.passive_share(@extschema@.nps_summary) IS
'percentage of passives, weighted when the summary is';
COMMENT ON FUNCTION @extschema@.detractor_share(@extschema@.nps_summary) IS
'percentage of detractors, weighted when the summary is';
COMMENT ON FUNCTION @extschema@.effective_responses(@extschema@.nps_summary) IS
'sample size behind the standard error: answers, or Kish''s effective sample size when weighted';
COMMENT ON FUNCTION @extschema@.nps_stderr(@extschema@.nps_summary) IS
'standard error of the NPS in points, sqrt((p + d - (p - d)^2) / n)';
COMMENT ON FUNCTION @extschema@.nps_interval_bounds(@extschema@.nps_summary, pg_catalog.float8, pg_catalog.text) IS
'NPS confidence interval as an array {low, high}; the body of nps_interval';
COMMENT ON FUNCTION @extschema@.nps_test_values(@extschema@.nps_summary, @extschema@.nps_summary) IS
'two-sample NPS test as an array {difference, z, p_value}; the body of nps_test';
COMMENT ON FUNCTION @extschema@.nps_interval(@extschema@.nps_summary, pg_catalog.float8, pg_catalog.text) IS
'Wald or adjusted Wald confidence interval of the NPS, in points';
COMMENT ON FUNCTION @extschema@.nps_test(@extschema@.nps_summary, @extschema@.nps_summary) IS
'two-sample z test of two NPS values: difference a - b in points, z, two-sided p-value';
-- Satisfaction: rating summaries, CSAT and box shares.
--
-- rating_agg(score, low, high) keeps a histogram of answers on an integer
-- scale of at most eleven points in a rating_summary; its accessors give
-- mean, standard deviation, median, box shares, the distribution and the
-- 0-100 normalised score, and rollup() merges summaries of one scale.
-- csat(), top_box() and bottom_box() give a share directly from answers.

---------------------------------------------------------------------------
-- The rating_summary type
---------------------------------------------------------------------------

CREATE TYPE @extschema@.rating_summary;

CREATE FUNCTION @extschema@.rating_summary_in(pg_catalog.cstring)
RETURNS @extschema@.rating_summary
AS 'MODULE_PATHNAME', 'rating_summary_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.rating_summary_out(@extschema@.rating_summary)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'rating_summary_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.rating_summary_recv(pg_catalog.internal)
RETURNS @extschema@.rating_summary
AS 'MODULE_PATHNAME', 'rating_summary_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.rating_summary_send(@extschema@.rating_summary)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'rating_summary_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.rating_summary (
	INPUT = @extschema@.rating_summary_in,
	OUTPUT = @extschema@.rating_summary_out,
	RECEIVE = @extschema@.rating_summary_recv,
	SEND = @extschema@.rating_summary_send,
	INTERNALLENGTH = 96,
	ALIGNMENT = double,
	STORAGE = plain
);

COMMENT ON TYPE @extschema@.rating_summary IS
'histogram of answers on an integer rating scale of at most eleven points';
COMMENT ON FUNCTION @extschema@.rating_summary_in(pg_catalog.cstring) IS
'reads a rating_summary from its text form';
COMMENT ON FUNCTION @extschema@.rating_summary_out(@extschema@.rating_summary) IS
'writes a rating_summary in its text form';
COMMENT ON FUNCTION @extschema@.rating_summary_recv(pg_catalog.internal) IS
'reads a rating_summary from its binary form';
COMMENT ON FUNCTION @extschema@.rating_summary_send(@extschema@.rating_summary) IS
'writes a rating_summary in its binary form';

---------------------------------------------------------------------------
-- rating_agg and rollup; the state of rating_agg is an internal
-- RatingSummary updated in place
---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.rating_transition(pg_catalog.internal,
	pg_catalog.int2, pg_catalog.int4, pg_catalog.int4)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'rating_int2_transition'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.rating_transition(pg_catalog.internal,
	pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'rating_int4_transition'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.rating_transition(pg_catalog.internal,
	pg_catalog.numeric, pg_catalog.int4, pg_catalog.int4)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'rating_numeric_transition'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.rating_inverse(pg_catalog.internal,
	pg_catalog.int2, pg_catalog.int4, pg_catalog.int4)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'rating_int2_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.rating_inverse(pg_catalog.internal,
	pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'rating_int4_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.rating_inverse(pg_catalog.internal,
	pg_catalog.numeric, pg_catalog.int4, pg_catalog.int4)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'rating_numeric_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.rating_combine(pg_catalog.internal,
	pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'rating_summary_merge'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.rating_serialize(pg_catalog.internal)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'rating_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.rating_deserialize(pg_catalog.bytea,
	pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'rating_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.rating_agg_final(pg_catalog.internal)
RETURNS @extschema@.rating_summary
AS 'MODULE_PATHNAME', 'rating_summary_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.rating_merge(@extschema@.rating_summary,
	@extschema@.rating_summary)
RETURNS @extschema@.rating_summary
AS 'MODULE_PATHNAME', 'rating_summary_merge'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.rating_summary_final(@extschema@.rating_summary)
RETURNS @extschema@.rating_summary
AS 'MODULE_PATHNAME', 'rating_summary_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.rating_agg(pg_catalog.int2, pg_catalog.int4,
	pg_catalog.int4) (
	SFUNC = @extschema@.rating_transition, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.rating_agg_final,
	COMBINEFUNC = @extschema@.rating_combine,
	SERIALFUNC = @extschema@.rating_serialize,
	DESERIALFUNC = @extschema@.rating_deserialize,
	MSFUNC = @extschema@.rating_transition,
	MINVFUNC = @extschema@.rating_inverse,
	MSTYPE = pg_catalog.internal, MFINALFUNC = @extschema@.rating_agg_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.rating_agg(pg_catalog.int4, pg_catalog.int4,
	pg_catalog.int4) (
	SFUNC = @extschema@.rating_transition, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.rating_agg_final,
	COMBINEFUNC = @extschema@.rating_combine,
	SERIALFUNC = @extschema@.rating_serialize,
	DESERIALFUNC = @extschema@.rating_deserialize,
	MSFUNC = @extschema@.rating_transition,
	MINVFUNC = @extschema@.rating_inverse,
	MSTYPE = pg_catalog.internal, MFINALFUNC = @extschema@.rating_agg_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.rating_agg(pg_catalog.numeric, pg_catalog.int4,
	pg_catalog.int4) (
	SFUNC = @extschema@.rating_transition, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.rating_agg_final,
	COMBINEFUNC = @extschema@.rating_combine,
	SERIALFUNC = @extschema@.rating_serialize,
	DESERIALFUNC = @extschema@.rating_deserialize,
	MSFUNC = @extschema@.rating_transition,
	MINVFUNC = @extschema@.rating_inverse,
	MSTYPE = pg_catalog.internal, MFINALFUNC = @extschema@.rating_agg_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.rollup(@extschema@.rating_summary) (
	SFUNC = @extschema@.rating_merge,
	STYPE = @extschema@.rating_summary,
	FINALFUNC = @extschema@.rating_summary_final,
	COMBINEFUNC = @extschema@.rating_merge,
	PARALLEL = SAFE
);

COMMENT ON FUNCTION @extschema@.rating_transition(pg_catalog.internal, pg_catalog.int2, pg_catalog.int4, pg_catalog.int4) IS
'transition of rating_agg for smallint answers';
COMMENT ON FUNCTION @extschema@.rating_transition(pg_catalog.internal, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS
'transition of rating_agg for integer answers';
COMMENT ON FUNCTION @extschema@.rating_transition(pg_catalog.internal, pg_catalog.numeric, pg_catalog.int4, pg_catalog.int4) IS
'transition of rating_agg for numeric answers';
COMMENT ON FUNCTION @extschema@.rating_inverse(pg_catalog.internal, pg_catalog.int2, pg_catalog.int4, pg_catalog.int4) IS
'moving-window inverse transition of rating_agg for smallint answers';
COMMENT ON FUNCTION @extschema@.rating_inverse(pg_catalog.internal, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS
'moving-window inverse transition of rating_agg for integer answers';
COMMENT ON FUNCTION @extschema@.rating_inverse(pg_catalog.internal, pg_catalog.numeric, pg_catalog.int4, pg_catalog.int4) IS
'moving-window inverse transition of rating_agg for numeric answers';
COMMENT ON FUNCTION @extschema@.rating_combine(pg_catalog.internal, pg_catalog.internal) IS
'combine function of rating_agg';
COMMENT ON FUNCTION @extschema@.rating_serialize(pg_catalog.internal) IS
'serialises a rating_agg state for parallel workers';
COMMENT ON FUNCTION @extschema@.rating_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
'reads back a serialised rating_agg state';
COMMENT ON FUNCTION @extschema@.rating_agg_final(pg_catalog.internal) IS
'final function of rating_agg: the summary, or NULL when no answer was counted';
COMMENT ON FUNCTION @extschema@.rating_merge(@extschema@.rating_summary, @extschema@.rating_summary) IS
'merges two rating summaries of one scale: transition of rollup';
COMMENT ON FUNCTION @extschema@.rating_summary_final(@extschema@.rating_summary) IS
'final function of rollup(rating_summary): the summary, or NULL when there is none';
COMMENT ON AGGREGATE @extschema@.rating_agg(pg_catalog.int2, pg_catalog.int4, pg_catalog.int4) IS
'rating_summary of answers on the scale low..high; NULLs skipped';
COMMENT ON AGGREGATE @extschema@.rating_agg(pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS
'rating_summary of answers on the scale low..high; NULLs skipped';
COMMENT ON AGGREGATE @extschema@.rating_agg(pg_catalog.numeric, pg_catalog.int4, pg_catalog.int4) IS
'rating_summary of answers on the scale low..high; fractional answers are errors';
COMMENT ON AGGREGATE @extschema@.rollup(@extschema@.rating_summary) IS
'merges rating summaries of one scale';

---------------------------------------------------------------------------
-- csat, top_box and bottom_box over answers; the state is an internal
-- BoxShareState updated in place
---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.csat_transition(pg_catalog.internal,
	pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'csat_transition'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.csat_inverse(pg_catalog.internal,
	pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'csat_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.top_box_transition(pg_catalog.internal,
	pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'top_box_transition'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.top_box_inverse(pg_catalog.internal,
	pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'top_box_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.bottom_box_transition(pg_catalog.internal,
	pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'bottom_box_transition'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.bottom_box_inverse(pg_catalog.internal,
	pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'bottom_box_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.box_share_combine(pg_catalog.internal,
	pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'box_share_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.box_share_serialize(pg_catalog.internal)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'box_share_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.box_share_deserialize(pg_catalog.bytea,
	pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'box_share_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.box_share_final(pg_catalog.internal)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'box_share_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.csat(score pg_catalog.int4,
	low pg_catalog.int4, high pg_catalog.int4, threshold pg_catalog.int4) (
	SFUNC = @extschema@.csat_transition, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.box_share_final,
	COMBINEFUNC = @extschema@.box_share_combine,
	SERIALFUNC = @extschema@.box_share_serialize,
	DESERIALFUNC = @extschema@.box_share_deserialize,
	MSFUNC = @extschema@.csat_transition, MINVFUNC = @extschema@.csat_inverse,
	MSTYPE = pg_catalog.internal, MFINALFUNC = @extschema@.box_share_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.top_box(score pg_catalog.int4,
	low pg_catalog.int4, high pg_catalog.int4, boxes pg_catalog.int4) (
	SFUNC = @extschema@.top_box_transition, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.box_share_final,
	COMBINEFUNC = @extschema@.box_share_combine,
	SERIALFUNC = @extschema@.box_share_serialize,
	DESERIALFUNC = @extschema@.box_share_deserialize,
	MSFUNC = @extschema@.top_box_transition, MINVFUNC = @extschema@.top_box_inverse,
	MSTYPE = pg_catalog.internal, MFINALFUNC = @extschema@.box_share_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.bottom_box(score pg_catalog.int4,
	low pg_catalog.int4, high pg_catalog.int4, boxes pg_catalog.int4) (
	SFUNC = @extschema@.bottom_box_transition, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.box_share_final,
	COMBINEFUNC = @extschema@.box_share_combine,
	SERIALFUNC = @extschema@.box_share_serialize,
	DESERIALFUNC = @extschema@.box_share_deserialize,
	MSFUNC = @extschema@.bottom_box_transition, MINVFUNC = @extschema@.bottom_box_inverse,
	MSTYPE = pg_catalog.internal, MFINALFUNC = @extschema@.box_share_final,
	PARALLEL = SAFE
);

COMMENT ON FUNCTION @extschema@.csat_transition(pg_catalog.internal, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS
'transition of csat: counts answers at or above the threshold';
COMMENT ON FUNCTION @extschema@.csat_inverse(pg_catalog.internal, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS
'moving-window inverse transition of csat';
COMMENT ON FUNCTION @extschema@.top_box_transition(pg_catalog.internal, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS
'transition of top_box: counts answers in the top boxes';
COMMENT ON FUNCTION @extschema@.top_box_inverse(pg_catalog.internal, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS
'moving-window inverse transition of top_box';
COMMENT ON FUNCTION @extschema@.bottom_box_transition(pg_catalog.internal, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS
'transition of bottom_box: counts answers in the bottom boxes';
COMMENT ON FUNCTION @extschema@.bottom_box_inverse(pg_catalog.internal, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS
'moving-window inverse transition of bottom_box';
COMMENT ON FUNCTION @extschema@.box_share_combine(pg_catalog.internal, pg_catalog.internal) IS
'combine function of csat, top_box and bottom_box';
COMMENT ON FUNCTION @extschema@.box_share_serialize(pg_catalog.internal) IS
'serialises a csat, top_box or bottom_box state for parallel workers';
COMMENT ON FUNCTION @extschema@.box_share_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
'reads back a serialised csat, top_box or bottom_box state';
COMMENT ON FUNCTION @extschema@.box_share_final(pg_catalog.internal) IS
'final function of csat, top_box and bottom_box: the percentage in the band';
COMMENT ON AGGREGATE @extschema@.csat(pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS
'percentage of answers on the scale low..high at or above the threshold; NULLs skipped';
COMMENT ON AGGREGATE @extschema@.top_box(pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS
'percentage of answers on the scale low..high in its top boxes; NULLs skipped';
COMMENT ON AGGREGATE @extschema@.bottom_box(pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS
'percentage of answers on the scale low..high in its bottom boxes; NULLs skipped';

---------------------------------------------------------------------------
-- Accessors
---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.responses(@extschema@.rating_summary)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'rating_summary_responses'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.mean(@extschema@.rating_summary)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'rating_summary_mean'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.stddev(@extschema@.rating_summary)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'rating_summary_stddev'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.median(@extschema@.rating_summary)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'rating_summary_median'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.csat(@extschema@.rating_summary, pg_catalog.int4)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'rating_summary_csat'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.top_box(@extschema@.rating_summary,
	pg_catalog.int4)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'rating_summary_top_box'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.bottom_box(@extschema@.rating_summary,
	pg_catalog.int4)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'rating_summary_bottom_box'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.normalised_score(@extschema@.rating_summary)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'rating_summary_normalised_score'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.scale_low(@extschema@.rating_summary)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'rating_summary_low'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.scale_high(@extschema@.rating_summary)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'rating_summary_high'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.rating_counts(@extschema@.rating_summary)
RETURNS pg_catalog.int8[]
AS 'MODULE_PATHNAME', 'rating_summary_counts'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.distribution(summary @extschema@.rating_summary,
	OUT score pg_catalog.int4, OUT responses pg_catalog.int8,
	OUT share pg_catalog.float8)
RETURNS SETOF record
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT (@extschema@.scale_low(summary) + u.i - 1)::pg_catalog.int4,
		   u.c,
		   100.0::pg_catalog.float8 * u.c /
		   @extschema@.responses(summary)
	  FROM pg_catalog.unnest(@extschema@.rating_counts(summary))
		   WITH ORDINALITY AS u(c, i)
	 ORDER BY u.i;
END;

COMMENT ON FUNCTION @extschema@.responses(@extschema@.rating_summary) IS
'number of answers in a rating summary';
COMMENT ON FUNCTION @extschema@.mean(@extschema@.rating_summary) IS
'mean answer of a rating summary';
COMMENT ON FUNCTION @extschema@.stddev(@extschema@.rating_summary) IS
'sample standard deviation of the answers (divisor n - 1); NULL for one answer';
COMMENT ON FUNCTION @extschema@.median(@extschema@.rating_summary) IS
'median answer, as percentile_cont(0.5)';
COMMENT ON FUNCTION @extschema@.csat(@extschema@.rating_summary, pg_catalog.int4) IS
'percentage of answers at or above the threshold';
COMMENT ON FUNCTION @extschema@.top_box(@extschema@.rating_summary, pg_catalog.int4) IS
'percentage of answers in the top boxes of the scale';
COMMENT ON FUNCTION @extschema@.bottom_box(@extschema@.rating_summary, pg_catalog.int4) IS
'percentage of answers in the bottom boxes of the scale';
COMMENT ON FUNCTION @extschema@.normalised_score(@extschema@.rating_summary) IS
'mean on a 0-100 scale: (mean - low) / (high - low) x 100';
COMMENT ON FUNCTION @extschema@.scale_low(@extschema@.rating_summary) IS
'lowest point of the scale of a rating summary';
COMMENT ON FUNCTION @extschema@.scale_high(@extschema@.rating_summary) IS
'highest point of the scale of a rating summary';
COMMENT ON FUNCTION @extschema@.rating_counts(@extschema@.rating_summary) IS
'answers per point of the scale, from low to high';
COMMENT ON FUNCTION @extschema@.distribution(@extschema@.rating_summary) IS
'one row per point of the scale: score, answers, percentage';
