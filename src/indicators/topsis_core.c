/*-------------------------------------------------------------------------
 *
 * topsis_core.c
 *	  TOPSIS closeness (Hwang and Yoon 1981, Multiple Attribute Decision
 *	  Making, Springer, ch. 3).  For an m x k decision matrix x, weights w
 *	  and the direction of each criterion:
 *
 *		r_ij = x_ij / sqrt(sum_i x_ij^2)		(vector, the default)
 *			 = (x_ij - min_j) / (max_j - min_j)	(minmax)
 *			 = x_ij								(none)
 *		v_ij = w_j r_ij
 *		A+_j = max_i v_ij for a benefit, min_i v_ij for a cost criterion;
 *		A-_j the other way round
 *		C_i = d-_i / (d+_i + d-_i), d+-_i = || v_i - A+- ||_2
 *
 *	  A column whose norm or range is zero normalises to 0, so it adds
 *	  nothing to either distance.  When A+ = A- every distance is zero and
 *	  C is 0/0: the row is marked undefined instead.
 *
 *	  Min-max scaling of a cost column as (max - x) / (max - min) with the
 *	  ideal at the maximum, as pymcdm does, gives the same distances as
 *	  scaling it like a benefit with the ideal at the minimum, done here.
 *
 *-------------------------------------------------------------------------
 */
#include "c.h"

#include <math.h>

#include "mcdm.h"

/*
 * Normalise column j of the matrix in place, so that it is comparable
 * with the others.  Neither form overflows on finite values: a min-max
 * range too wide for a double is measured on halved values, and the
 * vector norm on values divided by the column's largest magnitude.
 */
static void
normalise_column(double *matrix, int64 m, int k, int j,
				 TopsisNormalisation normalisation)
{
	double		lo = INFINITY;
	double		hi = -INFINITY;
	double		scale = 0;
	double		prescale = 1;
	double		offset = 0;
	double		divisor = 0;

	if (normalisation == TOPSIS_NONE)
		return;
	for (int64 i = 0; i < m; i++)
	{
		double		x = matrix[i * k + j];

		lo = Min(lo, x);
		hi = Max(hi, x);
		scale = Max(scale, fabs(x));
	}

	if (normalisation == TOPSIS_MINMAX)
	{
		if (isinf(hi - lo))
			prescale = 0.5;
		offset = lo * prescale;
		divisor = hi * prescale - lo * prescale;
	}
	else if (scale > 0)
	{
		double		sum_squares = 0;

		for (int64 i = 0; i < m; i++)
		{
			double		x = matrix[i * k + j] / scale;

			sum_squares += x * x;
		}
		divisor = sqrt(sum_squares);
	}

	for (int64 i = 0; i < m; i++)
	{
		double	   *cell = &matrix[i * k + j];

		if (!(divisor > 0))
			*cell = 0;
		else if (normalisation == TOPSIS_MINMAX)
			*cell = (*cell * prescale - offset) / divisor;
		else
			*cell = *cell / scale / divisor;
	}
}

/*
 * The Euclidean distance between two points, scaled by the largest
 * difference so that the squares cannot overflow.
 */
static double
distance(const double *a, const double *b, int k)
{
	double		scale = 0;
	double		sum_squares = 0;

	for (int j = 0; j < k; j++)
		scale = Max(scale, fabs(a[j] - b[j]));
	if (scale == 0)
		return 0;
	for (int j = 0; j < k; j++)
	{
		double		d = (a[j] - b[j]) / scale;

		sum_squares += d * d;
	}
	return scale * sqrt(sum_squares);
}

/*
 * The closeness coefficient of each of the m alternatives; undefined[i]
 * is set where it is 0/0, and it is NaN where the weighted values
 * overflowed.  The matrix is overwritten with the weighted
 * normalised values.
 */
void
topsis_closeness(double *matrix, int64 m, int k, const double *weights,
				 const bool *benefit, TopsisNormalisation normalisation,
				 double *closeness, bool *undefined)
{
	double		ideal[MCDM_MAX_CRITERIA];
	double		anti_ideal[MCDM_MAX_CRITERIA];
	double		largest_weight = 0;

	/*
	 * Scaling every weight alike changes no closeness, so the weights are
	 * used divided by the largest: tiny weights cannot underflow the
	 * weighted values, nor huge ones overflow them.
	 */
	for (int j = 0; j < k; j++)
		largest_weight = Max(largest_weight, weights[j]);

	for (int j = 0; j < k; j++)
	{
		double		lo = INFINITY;
		double		hi = -INFINITY;
		double		weight = largest_weight > 0 ?
			weights[j] / largest_weight : 0;

		normalise_column(matrix, m, k, j, normalisation);
		for (int64 i = 0; i < m; i++)
		{
			double		v = matrix[i * k + j] * weight;

			matrix[i * k + j] = v;
			lo = Min(lo, v);
			hi = Max(hi, v);
		}
		ideal[j] = benefit[j] ? hi : lo;
		anti_ideal[j] = benefit[j] ? lo : hi;
	}

	for (int64 i = 0; i < m; i++)
	{
		double		to_ideal = distance(&matrix[i * k], ideal, k);
		double		to_anti_ideal = distance(&matrix[i * k], anti_ideal, k);

		undefined[i] = (to_ideal + to_anti_ideal == 0);
		if (undefined[i])
			closeness[i] = 0;
		else if (!isfinite(to_ideal) || !isfinite(to_anti_ideal))
			closeness[i] = NAN;
		else
			closeness[i] = to_anti_ideal / (to_ideal + to_anti_ideal);
	}
}
