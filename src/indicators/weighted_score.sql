
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
