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
	score = (value - worst) / (best - worst) * 100.0;
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
	return (rating - scale_min) / (scale_max - scale_min) * 100.0;
}
