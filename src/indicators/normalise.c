/*-------------------------------------------------------------------------
 *
 * normalise.c
 *	  SQL entry points of the normalisation functions: argument checks
 *	  around the arithmetic in normalise_core.c.
 *
 *-------------------------------------------------------------------------
 */
#include "svcindex.h"

#include "normalise.h"

PG_FUNCTION_INFO_V1(svc_normalise_linear);
PG_FUNCTION_INFO_V1(svc_normalise_band);
PG_FUNCTION_INFO_V1(svc_normalise_rating);

/*
 * normalise_linear(value, worst, best): 0 at worst, 100 at best, linear
 * and clamped in between.
 */
Datum
svc_normalise_linear(PG_FUNCTION_ARGS)
{
	float8		value = PG_GETARG_FLOAT8(0);
	float8		worst = PG_GETARG_FLOAT8(1);
	float8		best = PG_GETARG_FLOAT8(2);

	svc_require_finite(value, "value");
	svc_require_finite(worst, "worst");
	svc_require_finite(best, "best");
	if (worst == best && value != worst)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("value %s lies off the empty scale from worst %s to best %s",
						svc_format_double(value), svc_format_double(worst),
						svc_format_double(best)),
				 errdetail("When worst equals best, only that value can be scored."),
				 errhint("Give a worst and a best value that differ.")));

	PG_RETURN_FLOAT8(svc_score_linear(value, worst, best));
}

/*
 * normalise_band(value, low, high, tolerance_below [, tolerance_above]):
 * full marks inside the target band, linear fall-off outside it.
 */
Datum
svc_normalise_band(PG_FUNCTION_ARGS)
{
	float8		value = PG_GETARG_FLOAT8(0);
	float8		low = PG_GETARG_FLOAT8(1);
	float8		high = PG_GETARG_FLOAT8(2);
	float8		tolerance_below = PG_GETARG_FLOAT8(3);
	float8		tolerance_above;
	bool		two_tolerances = PG_NARGS() > 4;
	const char *below_name = two_tolerances ? "tolerance_below" : "tolerance";
	const char *above_name = two_tolerances ? "tolerance_above" : "tolerance";

	tolerance_above = two_tolerances ? PG_GETARG_FLOAT8(4) : tolerance_below;

	svc_require_finite(value, "value");
	svc_require_finite(low, "band low");
	svc_require_finite(high, "band high");
	svc_require_finite(tolerance_below, below_name);
	svc_require_finite(tolerance_above, above_name);
	if (low > high)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("band low %s is above band high %s",
						svc_format_double(low), svc_format_double(high)),
				 errhint("Give the lower end of the target band first.")));
	if (tolerance_below <= 0 || tolerance_above <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s %s is not positive",
						tolerance_below <= 0 ? below_name : above_name,
						svc_format_double(tolerance_below <= 0 ?
										  tolerance_below : tolerance_above)),
				 errdetail("The tolerance is the distance from the band at which the score reaches 0, so it must be greater than 0.")));

	PG_RETURN_FLOAT8(svc_score_band(value, low, high,
									tolerance_below, tolerance_above));
}

/*
 * normalise_rating(rating, scale_min, scale_max): a rating on its scale
 * mapped to 0-100; a rating off the scale is an error, not clamped.
 */
Datum
svc_normalise_rating(PG_FUNCTION_ARGS)
{
	float8		rating = PG_GETARG_FLOAT8(0);
	float8		scale_min = PG_GETARG_FLOAT8(1);
	float8		scale_max = PG_GETARG_FLOAT8(2);

	svc_require_finite(scale_min, "scale minimum");
	svc_require_finite(scale_max, "scale maximum");
	if (scale_min >= scale_max)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rating scale minimum %s is not below its maximum %s",
						svc_format_double(scale_min),
						svc_format_double(scale_max)),
				 errhint("Give the lowest answer first and the highest second, such as 1 and 5.")));
	svc_require_between(rating, scale_min, scale_max, "rating");

	PG_RETURN_FLOAT8(svc_score_rating(rating, scale_min, scale_max));
}
