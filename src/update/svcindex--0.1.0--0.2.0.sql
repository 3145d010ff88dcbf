-- svcindex 0.1.0 to 0.2.0.
--
-- Every object is created in @extschema@ and every reference is
-- schema-qualified, so the script does not depend on the caller's
-- search_path.  Rows of the indicator model are left alone.

\echo Use "ALTER EXTENSION svcindex UPDATE TO '0.2.0'" to load this file. \quit

-- weighted_score(score numeric, weight numeric): the same mean over
-- numeric columns, returned as numeric and equal to the plain numeric
-- query's sum(s * w) / sum(w); ordinary values are summed as scaled
-- integers.
CREATE FUNCTION @extschema@.weighted_score_numeric_transition(internal, pg_catalog.numeric, pg_catalog.numeric)
RETURNS internal
LANGUAGE C IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'svc_weighted_score_numeric_transition';

COMMENT ON FUNCTION @extschema@.weighted_score_numeric_transition(internal, pg_catalog.numeric, pg_catalog.numeric) IS
'transition function of weighted_score over numeric: adds one row''s score and weight exactly';

CREATE FUNCTION @extschema@.weighted_score_numeric_inverse(internal, pg_catalog.numeric, pg_catalog.numeric)
RETURNS internal
LANGUAGE C IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'svc_weighted_score_numeric_inverse';

COMMENT ON FUNCTION @extschema@.weighted_score_numeric_inverse(internal, pg_catalog.numeric, pg_catalog.numeric) IS
'inverse transition function of weighted_score over numeric for moving windows: removes one row exactly, or asks for the frame to be recomputed';

CREATE FUNCTION @extschema@.weighted_score_numeric_combine(internal, internal)
RETURNS internal
LANGUAGE C IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'svc_weighted_score_numeric_combine';

COMMENT ON FUNCTION @extschema@.weighted_score_numeric_combine(internal, internal) IS
'combine function of weighted_score over numeric: merges two partial states';

CREATE FUNCTION @extschema@.weighted_score_numeric_serialize(internal)
RETURNS pg_catalog.bytea
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'svc_weighted_score_numeric_serialize';

COMMENT ON FUNCTION @extschema@.weighted_score_numeric_serialize(internal) IS
'serialisation function of weighted_score over numeric: a partial state as bytea';

CREATE FUNCTION @extschema@.weighted_score_numeric_deserialize(pg_catalog.bytea, internal)
RETURNS internal
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'svc_weighted_score_numeric_deserialize';

COMMENT ON FUNCTION @extschema@.weighted_score_numeric_deserialize(pg_catalog.bytea, internal) IS
'deserialisation function of weighted_score over numeric: a partial state read back from bytea';

CREATE FUNCTION @extschema@.weighted_score_numeric_final(internal)
RETURNS pg_catalog.numeric
LANGUAGE C IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'svc_weighted_score_numeric_final';

COMMENT ON FUNCTION @extschema@.weighted_score_numeric_final(internal) IS
'final function of weighted_score over numeric: sum(w * s) / sum(w) by numeric division, or NULL when no row counts or all weights are zero';

CREATE AGGREGATE @extschema@.weighted_score(score pg_catalog.numeric, weight pg_catalog.numeric) (
	SFUNC = @extschema@.weighted_score_numeric_transition,
	STYPE = internal,
	FINALFUNC = @extschema@.weighted_score_numeric_final,
	COMBINEFUNC = @extschema@.weighted_score_numeric_combine,
	SERIALFUNC = @extschema@.weighted_score_numeric_serialize,
	DESERIALFUNC = @extschema@.weighted_score_numeric_deserialize,
	MSFUNC = @extschema@.weighted_score_numeric_transition,
	MINVFUNC = @extschema@.weighted_score_numeric_inverse,
	MSTYPE = internal,
	MFINALFUNC = @extschema@.weighted_score_numeric_final,
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.weighted_score(pg_catalog.numeric, pg_catalog.numeric) IS
'exact weighted mean of numeric scores and weights, equal to the numeric sum(w * s) / sum(w) over rows with both; negative weights and NaN or infinite values are errors; NULL when every weight is zero';


-- ---------------------------------------------------------------------
-- Business days: counts of business dates and steps of whole ones
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.business_days(
	calendar @extschema@.business_calendar,
	start pg_catalog.date,
	finish pg_catalog.date)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'business_days'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.add_business_days(
	calendar @extschema@.business_calendar,
	start pg_catalog.timestamptz,
	days pg_catalog.int4)
RETURNS pg_catalog.timestamptz
AS 'MODULE_PATHNAME', 'add_business_days'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.business_days(@extschema@.business_calendar, pg_catalog.date, pg_catalog.date) IS
'number of business dates (local dates with working hours) in [start, finish); negative when finish is before start';
COMMENT ON FUNCTION @extschema@.add_business_days(@extschema@.business_calendar, pg_catalog.timestamptz, pg_catalog.int4) IS
'so many business dates after (or before, for negative days) start at its wall-clock time, moved to the next (or previous) working moment';

-- ---------------------------------------------------------------------
-- sla_agg and rollup(sla_summary) as moving-window aggregates
-- ---------------------------------------------------------------------

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
COMMENT ON FUNCTION @extschema@.sla_agg_final(pg_catalog.internal) IS
'sla_agg and rollup support: the sla_summary of the state (left unchanged, so window frames go on from it), NULL when empty';

-- ALTER AGGREGATE cannot add a moving-window form, and dropping the two
-- aggregates would fail on (or cascade to) the views and rollup queries
-- built on them.  So their catalogue rows gain the moving-window functions
-- directly, with the dependencies CREATE AGGREGATE would have recorded.
UPDATE pg_catalog.pg_aggregate
   SET aggmtransfn = m.transfn, aggminvtransfn = m.invfn,
	   aggmfinalfn = '@extschema@.sla_agg_final(pg_catalog.internal)'::pg_catalog.regprocedure,
	   aggmfinalextra = false, aggmfinalmodify = 'r',
	   aggmtranstype = 'pg_catalog.internal'::pg_catalog.regtype,
	   aggmtransspace = 0, aggminitval = NULL
  FROM (VALUES
		('@extschema@.sla_agg(pg_catalog.interval, pg_catalog.interval)'::pg_catalog.regprocedure,
		 '@extschema@.sla_agg_moving_transition(pg_catalog.internal, pg_catalog.interval, pg_catalog.interval)'::pg_catalog.regprocedure,
		 '@extschema@.sla_agg_inverse(pg_catalog.internal, pg_catalog.interval, pg_catalog.interval)'::pg_catalog.regprocedure),
		('@extschema@.rollup(@extschema@.sla_summary)'::pg_catalog.regprocedure,
		 '@extschema@.sla_rollup_moving_transition(pg_catalog.internal, @extschema@.sla_summary)'::pg_catalog.regprocedure,
		 '@extschema@.sla_rollup_inverse(pg_catalog.internal, @extschema@.sla_summary)'::pg_catalog.regprocedure)
	   ) AS m(aggregate, transfn, invfn)
 WHERE pg_catalog.pg_aggregate.aggfnoid = m.aggregate;

INSERT INTO pg_catalog.pg_depend
	(classid, objid, objsubid, refclassid, refobjid, refobjsubid, deptype)
SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, a.aggfnoid, 0,
	   'pg_catalog.pg_proc'::pg_catalog.regclass, f.fn, 0, 'n'
  FROM pg_catalog.pg_aggregate a
 CROSS JOIN LATERAL (VALUES (a.aggmtransfn), (a.aggminvtransfn)) AS f(fn)
 WHERE a.aggfnoid IN
	   ('@extschema@.sla_agg(pg_catalog.interval, pg_catalog.interval)'::pg_catalog.regprocedure,
		'@extschema@.rollup(@extschema@.sla_summary)'::pg_catalog.regprocedure);
