
-- ---------------------------------------------------------------------
-- Indicator normalisation: raw values onto the 0-100 score scale
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.normalise_linear(value float8, worst float8,
											 best float8)
RETURNS float8
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'svc_normalise_linear';

COMMENT ON FUNCTION @extschema@.normalise_linear(float8, float8, float8) IS
'score 0-100 of a value on the line from worst (0) to best (100), clamped; worst may exceed best for lower-is-better values; worst = best scores 100';

CREATE FUNCTION @extschema@.normalise_band(value float8, low float8,
										   high float8, tolerance float8)
RETURNS float8
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'svc_normalise_band';

COMMENT ON FUNCTION @extschema@.normalise_band(float8, float8, float8, float8) IS
'score 0-100 against a target band: 100 inside [low, high], falling linearly to 0 at tolerance outside it';

CREATE FUNCTION @extschema@.normalise_band(value float8, low float8,
										   high float8,
										   tolerance_below float8,
										   tolerance_above float8)
RETURNS float8
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'svc_normalise_band';

COMMENT ON FUNCTION @extschema@.normalise_band(float8, float8, float8, float8, float8) IS
'score 0-100 against a target band: 100 inside [low, high], falling linearly to 0 at tolerance_below under it and tolerance_above over it';

CREATE FUNCTION @extschema@.normalise_rating(rating float8, scale_min float8,
											 scale_max float8)
RETURNS float8
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'svc_normalise_rating';

COMMENT ON FUNCTION @extschema@.normalise_rating(float8, float8, float8) IS
'a rating on the scale [scale_min, scale_max] mapped linearly to 0-100; a rating off the scale is an error';
