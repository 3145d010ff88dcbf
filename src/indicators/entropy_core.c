/*-------------------------------------------------------------------------
 *
 * entropy_core.c
 *	  Entropy weights in one pass.  For m alternatives and criterion j,
 *	  with p_ij = x_ij / S_j and S_j = sum_i x_ij (Shannon 1948; Zeleny
 *	  1982, Multiple Criteria Decision Making, ch. 7):
 *
 *		E_j = -(1 / ln m) sum_i p_ij ln p_ij
 *			= (ln S_j - L_j / S_j) / ln m,	L_j = sum_i x_ij ln x_ij
 *
 *	  with 0 ln 0 = 0, d_j = 1 - E_j and w_j = d_j / sum_k d_k.  So the
 *	  state needs only S_j and L_j (and the least and greatest value, to
 *	  give a constant column exactly d_j = 0), whatever the row count.
 *
 *	  E_j does not change when a column is multiplied by a constant, so
 *	  each column is kept multiplied by a power of two that brings its
 *	  greatest value so far into [0.5, 1) (subnormal ones as near as a
 *	  finite factor allows, see mcdm_covering_scale): there x ln x can
 *	  neither overflow (values near 1e308) nor lose its digits (subnormal
 *	  values).  When a greater value shrinks the scale by a factor r,
 *
 *		S' = r S,	L' = sum (r x) ln (r x) = r (L + S ln r).
 *
 *-------------------------------------------------------------------------
 */
#include "c.h"

#include <math.h>

#include "mcdm.h"

#define SUM(state, j)		((state)->values[(j)])
#define SUM_XLNX(state, j)	((state)->values[(state)->header.ncriteria + (j)])
#define COL_MIN(state, j) \
	((state)->values[2 * (state)->header.ncriteria + (j)])
#define COL_MAX(state, j) \
	((state)->values[3 * (state)->header.ncriteria + (j)])
#define SCALE(state, j) \
	((state)->values[4 * (state)->header.ncriteria + (j)])

/*
 * Bytes of a state for the given number of criteria.
 */
Size
entropy_state_size(int ncriteria)
{
	return offsetof(EntropyState, values) + sizeof(double) * 5 * ncriteria;
}

/*
 * Start an empty state; the varlena length is left to the caller.
 */
void
entropy_state_init(EntropyState *state, int ncriteria)
{
	state->header.ncriteria = ncriteria;
	state->header.rows = 0;
	for (int j = 0; j < ncriteria; j++)
	{
		SUM(state, j) = 0;
		SUM_XLNX(state, j) = 0;
		COL_MIN(state, j) = INFINITY;
		COL_MAX(state, j) = -INFINITY;
		SCALE(state, j) = 0;	/* no positive value yet */
	}
}

/*
 * Multiply a column's scaled sums by ratio, a power of two at most 1, as
 * its scale shrinks (see the top of the file).
 */
static void
rescale_sums(double *sum, double *sum_xlnx, double ratio)
{
	if (ratio == 0)
	{
		/* values this much smaller than the new greatest count for 0 */
		*sum = 0;
		*sum_xlnx = 0;
		return;
	}
	*sum_xlnx = ratio * (*sum_xlnx + *sum * log(ratio));
	*sum *= ratio;
}

/*
 * Add one alternative, whose values are finite and not negative.
 */
void
entropy_state_add(EntropyState *state, const double *row)
{
	state->header.rows++;
	for (int j = 0; j < state->header.ncriteria; j++)
	{
		double		x = row[j];

		if (x > COL_MAX(state, j) && x > 0)
		{
			double		scale = mcdm_covering_scale(x);

			if (SCALE(state, j) == 0)
				SCALE(state, j) = scale;	/* the sums are still empty */
			else if (scale < SCALE(state, j))
			{
				rescale_sums(&SUM(state, j), &SUM_XLNX(state, j),
							 scale / SCALE(state, j));
				SCALE(state, j) = scale;
			}
		}
		if (x > 0)
		{
			double		scaled = x * SCALE(state, j);

			SUM(state, j) += scaled;
			if (scaled > 0)
				SUM_XLNX(state, j) += scaled * log(scaled);
		}
		COL_MIN(state, j) = Min(COL_MIN(state, j), x);
		COL_MAX(state, j) = Max(COL_MAX(state, j), x);
	}
}

/*
 * Merge another state of the same width into this one.
 */
void
entropy_state_merge(EntropyState *into, const EntropyState *from)
{
	into->header.rows += from->header.rows;
	for (int j = 0; j < into->header.ncriteria; j++)
	{
		double		scale_into = SCALE(into, j);
		double		scale_from = SCALE(from, j);
		double		sum = SUM(from, j);
		double		sum_xlnx = SUM_XLNX(from, j);

		/* both to the smaller scale; a scale of 0 goes with empty sums */
		if (scale_from == 0)
			;
		else if (scale_into == 0)
			SCALE(into, j) = scale_from;
		else if (scale_from < scale_into)
		{
			rescale_sums(&SUM(into, j), &SUM_XLNX(into, j),
						 scale_from / scale_into);
			SCALE(into, j) = scale_from;
		}
		else
			rescale_sums(&sum, &sum_xlnx, scale_into / scale_from);
		SUM(into, j) += sum;
		SUM_XLNX(into, j) += sum_xlnx;
		COL_MIN(into, j) = Min(COL_MIN(into, j), COL_MIN(from, j));
		COL_MAX(into, j) = Max(COL_MAX(into, j), COL_MAX(from, j));
	}
}

/*
 * The entropy weights.  A constant column (all zeros included) has
 * d_j = 0 exactly; rounding that would leave d_j a hair below zero is
 * cut to zero.  Returns false when every column is constant (so also for
 * a single alternative): the weights are then 0/0.
 */
bool
entropy_state_weights(const EntropyState *state, double *weights)
{
	double		log_rows = log((double) state->header.rows);
	double		total = 0;

	for (int j = 0; j < state->header.ncriteria; j++)
	{
		double		sum = SUM(state, j);
		double		divergence = 0;

		if (COL_MIN(state, j) < COL_MAX(state, j))
		{
			double		entropy = (log(sum) - SUM_XLNX(state, j) / sum) /
				log_rows;

			divergence = Max(1 - entropy, 0);
		}
		weights[j] = divergence;
		total += divergence;
	}
	if (total <= 0)
		return false;
	for (int j = 0; j < state->header.ncriteria; j++)
		weights[j] /= total;
	return true;
}
