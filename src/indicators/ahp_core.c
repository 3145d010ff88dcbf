/*-------------------------------------------------------------------------
 *
 * ahp_core.c
 *	  Weights and consistency of an AHP pairwise comparison matrix: the
 *	  principal eigenvector (Saaty 1977), the row geometric mean (Crawford
 *	  and Williams 1985), lambda_max, and the published random index tables
 *	  that turn the consistency index into a ratio.
 *
 *-------------------------------------------------------------------------
 */
#include "c.h"

#include <math.h>

#include "mcdm.h"

/* Power iteration stops when no weight moves by more than this. */
#define AHP_EIGEN_TOLERANCE 1e-15

/* ... or after this many steps, which a positive matrix never needs. */
#define AHP_EIGEN_MAX_STEPS 100000

/*
 * A random index table: RI(n) for the listed orders.  Orders between two
 * listed ones are interpolated linearly when the table says so (Donegan
 * and Dodd list only some orders above 20); orders beyond the last are
 * not covered.
 */
typedef struct RandomIndexTable
{
	const char *name;
	bool		interpolate;
	int			count;
	const int  *orders;
	const double *values;
} RandomIndexTable;

static const int ri_orders_15[] = {
	1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
};

/* Saaty (1980), The Analytic Hierarchy Process, as commonly reprinted. */
static const double ri_saaty1980[] = {
	0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48,
	1.56, 1.57, 1.59
};

/* Saaty (2005), Theory and Applications of the ANP, p. 31. */
static const double ri_saaty2005[] = {
	0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54,
	1.56, 1.58, 1.59
};

/* Tummala and Ling (1998), Theory and Decision 44(3), 221-230. */
static const double ri_tummala_ling[] = {
	0, 0, 0.5799, 0.8921, 1.1159, 1.2358, 1.3322, 1.3952, 1.4537, 1.4882,
	1.5117, 1.5356, 1.5571, 1.5714, 1.5831
};

/* Donegan and Dodd (1991), Math. Comput. Modelling 15(10), 135-137. */
static const int ri_orders_donegan_dodd[] = {
	1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
	25, 30, 40, 50, 60, 70, 80, 90, 100
};
static const double ri_donegan_dodd[] = {
	0, 0, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055,
	1.4213, 1.4497, 1.4643, 1.4822, 1.4969, 1.5078, 1.5153, 1.5262,
	1.5313, 1.5371, 1.5619, 1.5772, 1.5976, 1.6102, 1.6178, 1.6237,
	1.6277, 1.6213, 1.6339
};

static const RandomIndexTable ri_tables[] = {
	{"saaty1980", false, lengthof(ri_saaty1980), ri_orders_15, ri_saaty1980},
	{"saaty2005", false, lengthof(ri_saaty2005), ri_orders_15, ri_saaty2005},
	{"tummala_ling", false, lengthof(ri_tummala_ling), ri_orders_15,
	ri_tummala_ling},
	{"donegan_dodd", true, lengthof(ri_donegan_dodd), ri_orders_donegan_dodd,
	ri_donegan_dodd},
};

/*
 * Look up RI(n) in the named table.  Returns false when the table is not
 * known (and sets *known_table to false) or does not cover n.
 */
bool
ahp_random_index(const char *table, int n, double *index, bool *known_table)
{
	const RandomIndexTable *t = NULL;

	for (int i = 0; i < (int) lengthof(ri_tables); i++)
	{
		if (strcmp(ri_tables[i].name, table) == 0)
			t = &ri_tables[i];
	}
	*known_table = (t != NULL);
	if (t == NULL || n < 1 || n > t->orders[t->count - 1])
		return false;

	for (int i = 0; i < t->count; i++)
	{
		if (t->orders[i] == n)
		{
			*index = t->values[i];
			return true;
		}
		if (t->orders[i] > n)
		{
			double		lo = t->orders[i - 1];
			double		hi = t->orders[i];

			if (!t->interpolate)
				return false;
			*index = t->values[i - 1] +
				(t->values[i] - t->values[i - 1]) * (n - lo) / (hi - lo);
			return true;
		}
	}
	return false;
}

/*
 * The names of the random index tables, for error messages.
 */
const char *
ahp_random_index_tables(void)
{
	return "saaty1980, saaty2005, tummala_ling, donegan_dodd";
}

/*
 * Weights as the normalised row geometric means:
 * w_i = (prod_j a_ij)^(1/n) / sum_k (prod_j a_kj)^(1/n), through logs so
 * that large matrices do not overflow.
 */
void
ahp_geometric_mean_weights(const double *matrix, int n, double *weights)
{
	double		total = 0;

	for (int i = 0; i < n; i++)
	{
		double		log_sum = 0;

		for (int j = 0; j < n; j++)
			log_sum += log(matrix[i * n + j]);
		weights[i] = exp(log_sum / n);
		total += weights[i];
	}
	for (int i = 0; i < n; i++)
		weights[i] /= total;
}

/*
 * Weights as the principal (Perron) eigenvector of a positive matrix,
 * normalised to sum 1, by power iteration w <- A w / sum(A w) from the
 * geometric-mean weights.  A positive matrix has a simple dominant
 * eigenvalue, so the iteration converges; returns false if it did not
 * settle within the step limit or left the finite range.
 */
bool
ahp_principal_eigenvector(const double *matrix, int n, double *weights)
{
	double		next[AHP_MAX_ORDER];

	Assert(n <= AHP_MAX_ORDER);
	ahp_geometric_mean_weights(matrix, n, weights);

	for (int step = 0; step < AHP_EIGEN_MAX_STEPS; step++)
	{
		double		total = 0;
		double		change = 0;

		for (int i = 0; i < n; i++)
		{
			next[i] = 0;
			for (int j = 0; j < n; j++)
				next[i] += matrix[i * n + j] * weights[j];
			total += next[i];
		}
		if (!isfinite(total))
			return false;
		for (int i = 0; i < n; i++)
		{
			next[i] /= total;
			change = Max(change, fabs(next[i] - weights[i]));
			weights[i] = next[i];
		}
		if (change <= AHP_EIGEN_TOLERANCE)
			return true;
	}
	return false;
}

/*
 * lambda_max = mean over i of (A w)_i / w_i, which is the principal
 * eigenvalue when w is the principal eigenvector.
 */
double
ahp_lambda_max(const double *matrix, int n, const double *weights)
{
	double		total = 0;

	for (int i = 0; i < n; i++)
	{
		double		row = 0;

		for (int j = 0; j < n; j++)
			row += matrix[i * n + j] * weights[j];
		total += row / weights[i];
	}
	return total / n;
}
