/*-------------------------------------------------------------------------
 *
 * fuzz_ahp.c
 *	  Fuzz target for AHP weights (src/indicators/ahp_core.c).
 *
 * The input gives an order (1 to 12) and the upper triangle of a positive
 * reciprocal matrix, each entry a Saaty-scale judgement (1/9 to 9) or,
 * when the first byte says so, any double between 2^-100 and 2^101 (wider
 * ratios let the weights of n > 2 criteria underflow to 0); or, in the
 * consistent mode, a weight per row with a_ij = w_i / w_j.  Checked, as
 * the SQL functions accept such matrices: the geometric-mean and the
 * eigenvector weights are positive, finite and sum to 1; lambda_max is at
 * least n up to rounding, so the consistency index is not negative; on a
 * Saaty-scale matrix the power iteration converges; on a consistent
 * matrix both methods give the weights it was built from, and lambda_max
 * is n.
 *
 *-------------------------------------------------------------------------
 */
#include "c.h"

#include <math.h>
#include <stdlib.h>

#include "mcdm.h"
#include "support.h"

#define MAX_ORDER 12

/*
 * Abort unless weights are positive, finite and sum to 1.
 */
static void
check_weights(const double *weights, int n)
{
	double		total = 0;

	for (int i = 0; i < n; i++)
	{
		if (!(weights[i] > 0) || !isfinite(weights[i]))
			abort();
		total += weights[i];
	}
	if (fabs(total - 1) > 1e-12 * n)
		abort();
}

/*
 * libFuzzer entry point.
 */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FuzzInput	in = {data, size, 0};
	uint8		mode = (uint8) fuzz_take(&in, 1);
	int			n = (int) fuzz_take(&in, 1) % MAX_ORDER + 1;
	double		matrix[MAX_ORDER * MAX_ORDER];
	double		built[MAX_ORDER];
	double		weights[MAX_ORDER];
	double		lambda;
	double		built_total = 0;
	bool		saaty = (mode % 3) == 0;
	bool		consistent = (mode % 3) == 2;

	if (consistent)
	{
		for (int i = 0; i < n; i++)
		{
			built[i] = (double) (fuzz_take(&in, 1) % 9 + 1);
			built_total += built[i];
		}
		for (int i = 0; i < n; i++)
			for (int j = 0; j < n; j++)
				matrix[i * n + j] = built[i] / built[j];
	}
	else
	{
		for (int i = 0; i < n; i++)
		{
			matrix[i * n + i] = 1;
			for (int j = i + 1; j < n; j++)
			{
				double		a;

				if (saaty)
				{
					int			judgement = (int) fuzz_take(&in, 1) % 17;

					a = judgement < 8 ? 1.0 / (judgement + 2) :
						(double) (judgement - 7);
				}
				else
				{
					uint64		bits = fuzz_take(&in, 8);

					/* any mantissa, binary exponents within +-100 */
					a = ldexp(1.0 + (double) (bits >> 12) / 4503599627370496.0,
							  (int) (bits & 0xFF) % 201 - 100);
				}
				matrix[i * n + j] = a;
				matrix[j * n + i] = 1 / a;
			}
		}
	}

	ahp_geometric_mean_weights(matrix, n, weights);
	check_weights(weights, n);
	if (consistent)
		for (int i = 0; i < n; i++)
			if (fabs(weights[i] - built[i] / built_total) > 1e-12)
				abort();

	if (!ahp_principal_eigenvector(matrix, n, weights))
	{
		if (saaty || consistent)
			abort();
		return 0;
	}
	check_weights(weights, n);
	lambda = ahp_lambda_max(matrix, n, weights);
	if (!(lambda >= n * (1 - 1e-12)))
		abort();
	if (consistent)
	{
		for (int i = 0; i < n; i++)
			if (fabs(weights[i] - built[i] / built_total) > 1e-12)
				abort();
		if (fabs(lambda - n) > 1e-12 * n)
			abort();
	}
	return 0;
}
