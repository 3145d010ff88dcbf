
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
