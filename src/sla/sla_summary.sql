
-- ---------------------------------------------------------------------------
-- SLA compliance and response-time percentiles
--
-- sla_agg(elapsed, target) counts durations against their targets into an
-- sla_summary: met and breached counts, the exact mean, and a log-bucketed
-- sketch for percentiles within 1 %.  Summaries merge with rollup(), so
-- daily rollup tables and parallel plans give the direct answer.  Both
-- aggregates have a moving-window form whose inverse step takes a leaving
-- row out again.
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

CREATE FUNCTION @extschema@.sla_agg_moving_transition(pg_catalog.internal,
	pg_catalog.interval, pg_catalog.interval)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'sla_agg_moving_transition'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.sla_agg_inverse(pg_catalog.internal,
	pg_catalog.interval, pg_catalog.interval)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'sla_agg_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.sla_rollup_moving_transition(pg_catalog.internal,
	@extschema@.sla_summary)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'sla_rollup_moving_transition'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.sla_rollup_inverse(pg_catalog.internal,
	@extschema@.sla_summary)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'sla_rollup_inverse'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.sla_agg_transition(pg_catalog.internal,
	pg_catalog.interval, pg_catalog.interval) IS
'sla_agg support: counts one duration against its target';
COMMENT ON FUNCTION @extschema@.sla_rollup_transition(pg_catalog.internal,
	@extschema@.sla_summary) IS
'rollup support: merges one sla_summary into the running state';
COMMENT ON FUNCTION @extschema@.sla_agg_moving_transition(pg_catalog.internal,
	pg_catalog.interval, pg_catalog.interval) IS
'sla_agg support: counts one duration in a moving window frame';
COMMENT ON FUNCTION @extschema@.sla_agg_inverse(pg_catalog.internal,
	pg_catalog.interval, pg_catalog.interval) IS
'sla_agg support: removes a row that leaves a window frame, NULL (recompute the frame) when it is the last row at the minimum or maximum';
COMMENT ON FUNCTION @extschema@.sla_rollup_moving_transition(pg_catalog.internal,
	@extschema@.sla_summary) IS
'rollup support: merges one sla_summary in a moving window frame';
COMMENT ON FUNCTION @extschema@.sla_rollup_inverse(pg_catalog.internal,
	@extschema@.sla_summary) IS
'rollup support: removes a summary that leaves a window frame, NULL (recompute the frame) when it is the last summary at the minimum or maximum';
COMMENT ON FUNCTION @extschema@.sla_agg_combine(pg_catalog.internal,
	pg_catalog.internal) IS
'sla_agg and rollup support: combines two partial states';
COMMENT ON FUNCTION @extschema@.sla_agg_serialize(pg_catalog.internal) IS
'sla_agg and rollup support: serialises a partial state';
COMMENT ON FUNCTION @extschema@.sla_agg_deserialize(pg_catalog.bytea,
	pg_catalog.internal) IS
'sla_agg and rollup support: deserialises a partial state';
COMMENT ON FUNCTION @extschema@.sla_agg_final(pg_catalog.internal) IS
'sla_agg and rollup support: the sla_summary of the state (left unchanged, so window frames go on from it), NULL when empty';

-- Aggregates ------------------------------------------------------------------

CREATE AGGREGATE @extschema@.sla_agg(pg_catalog.interval, pg_catalog.interval) (
	SFUNC = @extschema@.sla_agg_transition,
	STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.sla_agg_final,
	COMBINEFUNC = @extschema@.sla_agg_combine,
	SERIALFUNC = @extschema@.sla_agg_serialize,
	DESERIALFUNC = @extschema@.sla_agg_deserialize,
	MSFUNC = @extschema@.sla_agg_moving_transition,
	MINVFUNC = @extschema@.sla_agg_inverse,
	MSTYPE = pg_catalog.internal,
	MFINALFUNC = @extschema@.sla_agg_final,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.rollup(@extschema@.sla_summary) (
	SFUNC = @extschema@.sla_rollup_transition,
	STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.sla_agg_final,
	COMBINEFUNC = @extschema@.sla_agg_combine,
	SERIALFUNC = @extschema@.sla_agg_serialize,
	DESERIALFUNC = @extschema@.sla_agg_deserialize,
	MSFUNC = @extschema@.sla_rollup_moving_transition,
	MINVFUNC = @extschema@.sla_rollup_inverse,
	MSTYPE = pg_catalog.internal,
	MFINALFUNC = @extschema@.sla_agg_final,
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
