
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
