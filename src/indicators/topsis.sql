
-- ---------------------------------------------------------------------
-- TOPSIS: closeness to the ideal alternative, as a window function
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.topsis(criteria float8[], weights float8[],
	benefit boolean[])
RETURNS float8
WINDOW IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE
LANGUAGE C AS 'MODULE_PATHNAME', 'svc_topsis';

COMMENT ON FUNCTION @extschema@.topsis(float8[], float8[], boolean[]) IS
'Window function: TOPSIS closeness coefficient of the row among the rows of its partition, with vector normalisation (Hwang and Yoon); NULL for NULL criteria or when the ideal equals the anti-ideal';

CREATE FUNCTION @extschema@.topsis(criteria float8[], weights float8[],
	benefit boolean[], normalisation text)
RETURNS float8
WINDOW IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE
LANGUAGE C AS 'MODULE_PATHNAME', 'svc_topsis';

COMMENT ON FUNCTION @extschema@.topsis(float8[], float8[], boolean[], text) IS
'Window function: TOPSIS closeness coefficient of the row among the rows of its partition, with normalisation vector (Hwang and Yoon), minmax or none; NULL for NULL criteria or when the ideal equals the anti-ideal';
