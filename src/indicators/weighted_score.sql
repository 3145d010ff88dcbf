
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
