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
