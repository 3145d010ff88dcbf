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
COMMENT ON FUNCTION @extschema@.nps_transition(pg_catalog.internal, pg_catalog.numeric) IS
'transition of the NPS aggregates for numeric answers';
COMMENT ON FUNCTION @extschema@.nps_transition(pg_catalog.internal, pg_catalog.float8) IS
'transition of the NPS aggregates for double precision answers';
COMMENT ON FUNCTION @extschema@.nps_inverse(pg_catalog.internal, pg_catalog.int2) IS
'moving-window inverse transition of the NPS aggregates for smallint answers';
COMMENT ON FUNCTION @extschema@.nps_inverse(pg_catalog.internal, pg_catalog.int4) IS
'moving-window inverse transition of the NPS aggregates for integer answers';
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
