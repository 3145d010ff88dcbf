
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
