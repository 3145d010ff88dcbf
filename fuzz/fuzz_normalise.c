/*-------------------------------------------------------------------------
 *
 * fuzz_normalise.c
 *	  Fuzz target for the 0-100 scores (src/indicators/normalise_core.c).
 *
 * The input is a list of finite doubles, read five at a time as the SQL
 * functions accept them.  Checked: a linear score is in [0, 100], 0 at
 * the worst value and 100 at the best, and does not fall as the value
 * moves towards the best; a band score is in [0, 100], 100 inside the
 * band, and does not rise as the value moves away from the band; a rating
 * score on its scale is in [0, 100], 0 at the minimum and 100 at the
 * maximum, and does not fall as the rating rises; every score is finite.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "normalise.h"
#include "support.h"

/*
 * Read a finite double: a small integer or any bits, by a selector bit.
 */
static double
take_value(FuzzInput *in)
{
	uint64_t	selector = fuzz_take(in, 1);
	uint64_t	bits;
	double		value;

	if ((selector & 1) == 0)
		return (double) (int8_t) fuzz_take(in, 1);
	bits = fuzz_take(in, 8);
	memcpy(&value, &bits, sizeof(value));
	return isfinite(value) ? value : 0;
}

/*
 * Put two bounds in ascending order.
 */
static void
order_bounds(double *low, double *high)
{
	if (*low > *high)
	{
		double		swap = *low;

		*low = *high;
		*high = swap;
	}
}

/*
 * Abort unless a score is finite and within [0, 100].
 */
static void
check_range(double score)
{
	if (!(score >= 0 && score <= 100))
		abort();
}

/*
 * Check the linear score on a line and two values on it.
 */
static void
check_linear(double worst, double best, double x, double y)
{
	double		sx;
	double		sy;

	if (worst == best)
		return;
	sx = svc_score_linear(x, worst, best);
	sy = svc_score_linear(y, worst, best);
	check_range(sx);
	check_range(sy);
	if (svc_score_linear(worst, worst, best) != 0 ||
		svc_score_linear(best, worst, best) != 100)
		abort();
	/* towards the best: up when best > worst, down otherwise */
	if ((best > worst) == (x < y) && x != y && sx > sy)
		abort();
}

/*
 * Check the band score for a band and two values.
 */
static void
check_band(double low, double high, double below, double above,
		   double x, double y)
{
	double		sx;
	double		sy;
	double		dx;
	double		dy;

	order_bounds(&low, &high);
	below = fabs(below);
	above = fabs(above);
	if (below == 0 || above == 0)
		return;
	sx = svc_score_band(x, low, high, below, above);
	sy = svc_score_band(y, low, high, below, above);
	check_range(sx);
	check_range(sy);
	if (x >= low && x <= high && sx != 100)
		abort();
	/* further from the band on the same side scores no more */
	dx = x < low ? low - x : x - high;
	dy = y < low ? low - y : y - high;
	if ((x < low) == (y < low) && (x > high) == (y > high) &&
		dx < dy && sx < sy)
		abort();
}

/*
 * Check the rating score on a scale and two ratings on it.
 */
static void
check_rating(double lo, double hi, double x, double y)
{
	double		sx;
	double		sy;

	order_bounds(&lo, &hi);
	if (lo == hi)
		return;
	if (svc_score_rating(lo, lo, hi) != 0 ||
		svc_score_rating(hi, lo, hi) != 100)
		abort();
	x = fmin(fmax(x, lo), hi);
	y = fmin(fmax(y, lo), hi);
	sx = svc_score_rating(x, lo, hi);
	sy = svc_score_rating(y, lo, hi);
	check_range(sx);
	check_range(sy);
	if (x < y && sx > sy)
		abort();
}

/*
 * libFuzzer entry point.
 */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FuzzInput	in = {data, size, 0};

	while (in.pos < in.size)
	{
		double		v[6];

		for (int i = 0; i < 6; i++)
			v[i] = take_value(&in);
		check_linear(v[0], v[1], v[2], v[3]);
		check_band(v[0], v[1], v[4], v[5], v[2], v[3]);
		check_rating(v[0], v[1], v[2], v[3]);
	}
	return 0;
}
