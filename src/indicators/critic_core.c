/*-------------------------------------------------------------------------
 *
 * critic_core.c
 *	  CRITIC weights (Diakoulaki, Mavrotas and Papayannakis 1995, Computers
 *	  & Operations Research 22(7), 763-770) in one pass.  Each criterion is
 *	  min-max scaled to [0, 1]; with sigma_j its standard deviation after
 *	  scaling and r_jk the Pearson correlation of criteria j and k,
 *
 *		C_j = sigma_j * sum_k (1 - r_jk),	w_j = C_j / sum_k C_k.
 *
 *	  Scaling divides sigma_j by (max_j - min_j) and leaves r_jk alone, so
 *	  the state keeps the raw moments: count, means and co-moments
 *	  M_jk = sum_i (x_ij - mean_j)(x_ik - mean_k), updated per row with
 *	  Welford's step and merged with the pairwise formula of Chan, Golub
 *	  and LeVeque (1979):
 *
 *		add x:	d = x - mean; M_jk += d_j d_k n / (n + 1);
 *				mean += d / (n + 1)
 *		merge:	d = mean_b - mean_a; M = M_a + M_b + d_j d_k n_a n_b / n;
 *				mean = mean_a + d n_b / n
 *
 *	  A cost criterion enters negated, so that its scaled value is
 *	  (max - x) / (max - min): its correlations change sign, its spread
 *	  does not.  A constant criterion has no spread and no correlation; it
 *	  gets weight 0 and is left out of the others' sums, so adding one
 *	  changes no other weight.  The sample or population divisor of sigma
 *	  cancels in w.
 *
 *	  Neither sigma_j / (max_j - min_j) nor r_jk changes when a column is
 *	  multiplied by a constant, so each column is kept multiplied by a
 *	  power of two that brings its largest magnitude so far into
 *	  [0.5, 1) (see mcdm_covering_scale): the squares and products of
 *	  deviations can then neither
 *	  overflow (values beyond 1e154) nor underflow (values below
 *	  1e-154).  When a larger magnitude shrinks column j's scale by a
 *	  factor r, its mean and its co-moments with other columns are
 *	  multiplied by r and its own co-moment by r^2.
 *
 *-------------------------------------------------------------------------
 */
#include "c.h"

#include <math.h>

#include "mcdm.h"

/*
 * Correlations this close to 1 or -1 are read as perfect: far above the
 * rounding error of the one-pass co-moments, far below any correlation
 * that tells criteria apart.
 */
#define CRITIC_PERFECT_CORRELATION 1e-9

#define MEAN(state, j)		((state)->values[(j)])
#define COL_MIN(state, j)	((state)->values[(state)->header.ncriteria + (j)])
#define COL_MAX(state, j) \
	((state)->values[2 * (state)->header.ncriteria + (j)])
#define SIGN(state, j) \
	((state)->values[3 * (state)->header.ncriteria + (j)])
#define SCALE(state, j) \
	((state)->values[4 * (state)->header.ncriteria + (j)])
#define COMOMENT(state, j, k) \
	((state)->values[5 * (state)->header.ncriteria + \
					 (j) * (state)->header.ncriteria + (k)])

/*
 * Bytes of a state for the given number of criteria.
 */
Size
critic_state_size(int ncriteria)
{
	return offsetof(CriticState, values) +
		sizeof(double) * (5 * ncriteria + ncriteria * ncriteria);
}

/*
 * Start an empty state with the direction of each criterion; the varlena
 * length is left to the caller.
 */
void
critic_state_init(CriticState *state, int ncriteria, const bool *benefit)
{
	state->header.ncriteria = ncriteria;
	state->header.rows = 0;
	for (int j = 0; j < ncriteria; j++)
	{
		MEAN(state, j) = 0;
		COL_MIN(state, j) = INFINITY;
		COL_MAX(state, j) = -INFINITY;
		SIGN(state, j) = benefit[j] ? 1 : -1;
		SCALE(state, j) = 0;	/* no value other than 0 yet */
		for (int k = 0; k < ncriteria; k++)
			COMOMENT(state, j, k) = 0;
	}
}

/*
 * The first criterion (from 0) whose direction differs from the one the
 * state was started with, or -1 when all agree.
 */
int
critic_state_direction_mismatch(const CriticState *state, const bool *benefit)
{
	for (int j = 0; j < state->header.ncriteria; j++)
	{
		if (SIGN(state, j) != (benefit[j] ? 1 : -1))
			return j;
	}
	return -1;
}

/*
 * The first criterion (from 0) whose direction differs between two
 * states, or -1 when all agree.
 */
int
critic_states_direction_mismatch(const CriticState *a, const CriticState *b)
{
	for (int j = 0; j < a->header.ncriteria; j++)
	{
		if (SIGN(a, j) != SIGN(b, j))
			return j;
	}
	return -1;
}

/*
 * Multiply column j's mean and co-moments as its scale is multiplied by
 * ratio (see the top of the file).
 */
static void
rescale_column(CriticState *state, int j, double ratio)
{
	int			n = state->header.ncriteria;

	MEAN(state, j) *= ratio;
	for (int k = 0; k < n; k++)
	{
		int			lo = Min(j, k);
		int			hi = Max(j, k);

		COMOMENT(state, lo, hi) *= k == j ? ratio * ratio : ratio;
	}
}

/*
 * Shrink column j's scale to cover a value of this magnitude, if it does
 * not already.
 */
static void
cover_magnitude(CriticState *state, int j, double magnitude)
{
	double		scale;

	if (magnitude == 0)
		return;
	scale = mcdm_covering_scale(magnitude);
	if (SCALE(state, j) == 0)
		SCALE(state, j) = scale;	/* the column has been all 0 so far */
	else if (scale < SCALE(state, j))
	{
		rescale_column(state, j, scale / SCALE(state, j));
		SCALE(state, j) = scale;
	}
}

/*
 * Add one alternative, whose values are finite.
 */
void
critic_state_add(CriticState *state, const double *row)
{
	int			n = state->header.ncriteria;
	double		delta[MCDM_MAX_CRITERIA];
	double		rows_after = (double) (state->header.rows + 1);
	double		factor = (double) state->header.rows / rows_after;

	for (int j = 0; j < n; j++)
	{
		double		x = row[j] * SIGN(state, j);

		if (x > COL_MAX(state, j) || x < COL_MIN(state, j))
			cover_magnitude(state, j, fabs(x));
		delta[j] = x * SCALE(state, j) - MEAN(state, j);
		COL_MIN(state, j) = Min(COL_MIN(state, j), x);
		COL_MAX(state, j) = Max(COL_MAX(state, j), x);
	}
	for (int j = 0; j < n; j++)
	{
		for (int k = j; k < n; k++)
			COMOMENT(state, j, k) += delta[j] * delta[k] * factor;
		MEAN(state, j) += delta[j] / rows_after;
	}
	state->header.rows++;
}

/*
 * Merge another state of the same width and directions into this one.
 */
void
critic_state_merge(CriticState *into, const CriticState *from)
{
	int			n = into->header.ncriteria;
	double		delta[MCDM_MAX_CRITERIA];
	double		rows_a = (double) into->header.rows;
	double		rows_b = (double) from->header.rows;
	double		rows = rows_a + rows_b;
	double		ratio[MCDM_MAX_CRITERIA];

	if (from->header.rows == 0)
		return;

	/*
	 * Bring both states to the smaller scale of each column; a scale of 0
	 * goes with a column of zeros, whose mean and co-moments are 0.
	 */
	for (int j = 0; j < n; j++)
	{
		double		scale_into = SCALE(into, j);
		double		scale_from = SCALE(from, j);
		double		scale = scale_into == 0 ? scale_from :
			scale_from == 0 ? scale_into : Min(scale_into, scale_from);

		if (scale_into > 0)
			rescale_column(into, j, scale / scale_into);
		SCALE(into, j) = scale;
		ratio[j] = scale_from > 0 ? scale / scale_from : 0;
	}

	for (int j = 0; j < n; j++)
	{
		delta[j] = MEAN(from, j) * ratio[j] - MEAN(into, j);
		COL_MIN(into, j) = Min(COL_MIN(into, j), COL_MIN(from, j));
		COL_MAX(into, j) = Max(COL_MAX(into, j), COL_MAX(from, j));
	}
	for (int j = 0; j < n; j++)
	{
		for (int k = j; k < n; k++)
			COMOMENT(into, j, k) +=
				COMOMENT(from, j, k) * ratio[j] * ratio[k] +
				delta[j] * delta[k] * rows_a * rows_b / rows;
		MEAN(into, j) += delta[j] * rows_b / rows;
	}
	into->header.rows += from->header.rows;
}

/*
 * The CRITIC weights.  Returns false when they are 0/0: no two criteria
 * vary, or all that vary are perfectly correlated.
 *
 * One pass leaves a correlation of exactly 1 a few rounding errors away
 * from 1, on either side, and the rounding depends on the order of the
 * rows: left alone, perfectly correlated criteria would give weights from
 * rounding noise in one plan and 0/0 in another.  So a correlation within
 * CRITIC_PERFECT_CORRELATION of 1 or -1 counts as exactly that, which moves
 * any weight by at most that much relative to the conflicts of the others.
 */
bool
critic_state_weights(const CriticState *state, double *weights)
{
	int			n = state->header.ncriteria;
	double		total = 0;

	for (int j = 0; j < n; j++)
	{
		double		conflict = 0;
		double		range;

		weights[j] = 0;
		if (!(COL_MIN(state, j) < COL_MAX(state, j)))
			continue;
		for (int k = 0; k < n; k++)
		{
			double		r;
			int			lo = Min(j, k);
			int			hi = Max(j, k);

			if (k == j || !(COL_MIN(state, k) < COL_MAX(state, k)))
				continue;
			r = COMOMENT(state, lo, hi) /
				sqrt(COMOMENT(state, j, j) * COMOMENT(state, k, k));
			if (r > 1 - CRITIC_PERFECT_CORRELATION)
				r = 1;
			else if (r < -1 + CRITIC_PERFECT_CORRELATION)
				r = -1;
			conflict += 1 - r;
		}
		range = COL_MAX(state, j) * SCALE(state, j) -
			COL_MIN(state, j) * SCALE(state, j);
		weights[j] = sqrt(COMOMENT(state, j, j) / state->header.rows) /
			range * conflict;
		total += weights[j];
	}
	if (!(total > 0))
		return false;
	for (int j = 0; j < n; j++)
		weights[j] /= total;
	return true;
}
