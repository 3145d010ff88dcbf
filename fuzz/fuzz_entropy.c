/*-------------------------------------------------------------------------
 *
 * fuzz_entropy.c
 *	  Fuzz target for one-pass entropy weights
 *	  (src/indicators/entropy_core.c).
 *
 * The input gives 1 to 4 criteria and up to 64 rows of non-negative
 * finite values (small integers or any bits), as the SQL aggregate
 * accepts them, split in two parts.  Checked: the weights are in [0, 1]
 * and sum to 1; where every column that varies has a divergence 1 - E_j
 * of at least 1e-6, the weights are defined exactly when the reference's
 * are, merging the states of both parts gives them within 1e-9, and
 * they agree within 1e-6 with a two-pass computation of p ln p in long
 * double on the columns scaled by their greatest value.  Below that the
 * one-pass formula's rounding (about 1e-15 absolute on the divergence)
 * comes into reach: see the README's limits.
 *
 *-------------------------------------------------------------------------
 */
#include "c.h"

#include <math.h>
#include <stdlib.h>

#include "mcdm.h"
#include "support.h"

#define MAX_CRITERIA 4
#define MAX_ROWS 64

/*
 * Read a non-negative finite value: a small integer or any bits.
 */
static double
take_value(FuzzInput *in, bool raw)
{
	uint64		bits;
	double		value;

	if (!raw)
		return (double) (fuzz_take(in, 1) % 16);
	bits = fuzz_take(in, 8);
	memcpy(&value, &bits, sizeof(value));
	value = fabs(value);
	return isfinite(value) ? value : 0;
}

/*
 * Entropy weights by the definition, in two passes over the rows; false
 * when every column is constant.  Sets *least to the least divergence
 * 1 - E_j of the columns that are not constant (1 if none).
 */
static bool
reference_weights(const double *rows, int m, int k, double *weights,
				  double *least)
{
	long double divergence[MAX_CRITERIA];
	long double total = 0;

	for (int j = 0; j < k; j++)
	{
		long double top = 0;
		long double sum = 0;
		long double entropy = 0;
		bool		constant = true;

		for (int i = 0; i < m; i++)
		{
			top = fmaxl(top, rows[i * k + j]);
			constant &= rows[i * k + j] == rows[j];
		}
		divergence[j] = 0;
		if (constant)
			continue;
		for (int i = 0; i < m; i++)
			sum += rows[i * k + j] / top;
		for (int i = 0; i < m; i++)
		{
			long double p = rows[i * k + j] / top / sum;

			if (p > 0)
				entropy -= p * logl(p);
		}
		divergence[j] = fmaxl(1 - entropy / logl((long double) m), 0);
		*least = fmin(*least, (double) divergence[j]);
		total += divergence[j];
	}
	if (total <= 0)
		return false;
	for (int j = 0; j < k; j++)
		weights[j] = (double) (divergence[j] / total);
	return true;
}

/*
 * libFuzzer entry point.
 */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FuzzInput	in = {data, size, 0};
	uint8		mode = (uint8) fuzz_take(&in, 1);
	int			k = mode % MAX_CRITERIA + 1;
	bool		raw = (mode & 8) != 0;
	int			split = (int) fuzz_take(&in, 1) % MAX_ROWS;
	double		rows[MAX_ROWS * MAX_CRITERIA];
	int			m = 0;
	EntropyState *whole = malloc(entropy_state_size(k));
	EntropyState *parts[2] = {malloc(entropy_state_size(k)),
	malloc(entropy_state_size(k))};
	double		weights[MAX_CRITERIA];
	double		merged[MAX_CRITERIA];
	double		reference[MAX_CRITERIA];
	double		least = 1;
	bool		defined;
	bool		reference_defined;

	entropy_state_init(whole, k);
	entropy_state_init(parts[0], k);
	entropy_state_init(parts[1], k);
	while (in.pos < in.size && m < MAX_ROWS)
	{
		for (int j = 0; j < k; j++)
			rows[m * k + j] = take_value(&in, raw);
		entropy_state_add(whole, &rows[m * k]);
		entropy_state_add(parts[m < split ? 0 : 1], &rows[m * k]);
		m++;
	}
	if (m > 0)
	{
		double		total = 0;

		defined = entropy_state_weights(whole, weights);
		entropy_state_merge(parts[0], parts[1]);
		reference_defined = reference_weights(rows, m, k, reference, &least);
		/* below 1e-6 the divergence is within reach of rounding (README) */
		if (least >= 1e-6 &&
			(reference_defined != defined ||
			 entropy_state_weights(parts[0], merged) != defined))
			abort();
		for (int j = 0; defined && j < k; j++)
		{
			if (!(weights[j] >= 0 && weights[j] <= 1))
				abort();
			if (least >= 1e-6 && fabs(weights[j] - merged[j]) > 1e-9)
				abort();
			if (least >= 1e-6 && fabs(weights[j] - reference[j]) > 1e-6)
				abort();
			total += weights[j];
		}
		if (defined && fabs(total - 1) > 1e-12)
			abort();
	}
	free(whole);
	free(parts[0]);
	free(parts[1]);
	return 0;
}
