/*-------------------------------------------------------------------------
 *
 * normalise_core.c
 *	  Arithmetic of the normalisation functions.  The callers have
 *	  checked that every argument is finite and that the parameters make
 *	  sense, so these functions only compute.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>

#include "normalise.h"

/*
 * The position of value on the line from origin to end, as a fraction of
 * the distance between them.  When that distance overflows a double (ends
 * of opposite sign beyond half the range), all three are halved first,
 * which brings the differences back into range and changes the fraction
 * by no more than the rounding of a subnormal value.
 */
static double
fraction_along(double value, double origin, double end)
{
	if (isinf(end - origin))
	{
		value /= 2;
		origin /= 2;
		end /= 2;
	}
	return (value - origin) / (end - origin);
}

/*
 * Place a value on the line from worst (score 0) to best (score 100),
 * clamped to 0-100; worst may be above best for lower-is-better values.
 * When worst equals best there is no line: the caller has checked that the
 * value equals both, and it gets the documented constant score.
 */
double
svc_score_linear(double value, double worst, double best)
{
	double		score;

	if (worst == best)
		return SVC_SCORE_CONSTANT;

	/* The scaled distance from worst, in units of the whole range. */
	score = fraction_along(value, worst, best) * 100.0;
	if (score <= 0.0)
		return 0.0;				/* also turns -0 into 0 */
	if (score > 100.0)
		return 100.0;
	return score;
}

/*
 * Score a value against a target band [low, high]: 100 inside it,
 * falling linearly to 0 at tolerance_below under low and tolerance_above
 * over high, and 0 further out.
 */
double
svc_score_band(double value, double low, double high,
			   double tolerance_below, double tolerance_above)
{
	double		shortfall;

	if (value < low)
		shortfall = (low - value) / tolerance_below;
	else if (value > high)
		shortfall = (value - high) / tolerance_above;
	else
		return 100.0;

	if (shortfall >= 1.0)
		return 0.0;
	return (1.0 - shortfall) * 100.0;
}

/*
 * Map a rating on the scale [scale_min, scale_max] linearly to 0-100, so
 * that the lowest answer scores 0 and the highest 100.
 */
double
svc_score_rating(double rating, double scale_min, double scale_max)
{
	double		score = fraction_along(rating, scale_min, scale_max) * 100.0;

	/* -0 - 0 is -0; the lowest answer scores a plain 0 */
	return score == 0.0 ? 0.0 : score;
}
