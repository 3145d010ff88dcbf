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
