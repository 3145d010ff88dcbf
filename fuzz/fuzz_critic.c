/*-------------------------------------------------------------------------
 *
 * fuzz_critic.c
 *	  Fuzz target for one-pass CRITIC weights
 *	  (src/indicators/critic_core.c).
 *
 * The input gives 1 to 4 criteria with their directions and up to 64
 * rows of finite values (small integers or any bits), as the SQL
 * aggregate accepts them, split in two parts.  Checked: when the weights
 * are defined they are finite, in [0, 1] and sum to 1, and a constant
 * criterion weighs 0; on small-integer rows, merging the states of the
 * two parts gives the weights of the whole within 1e-9, defined alike.
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
 * Read a finite value: a small integer or any bits.
 */
static double
take_value(FuzzInput *in, bool raw)
{
	uint64		bits;
	double		value;

	if (!raw)
		return (double) (int8) fuzz_take(in, 1);
	bits = fuzz_take(in, 8);
	memcpy(&value, &bits, sizeof(value));
	return isfinite(value) ? value : 0;
}

/*
 * Abort unless defined weights are finite, in [0, 1], sum to 1 and give
 * constant criteria 0.
 */
static void
check_weights(const double *weights, const double *rows, int m, int k)
{
	double		total = 0;

	for (int j = 0; j < k; j++)
	{
		bool		constant = true;

		for (int i = 0; i < m; i++)
			constant &= rows[i * k + j] == rows[j];
		if (!(weights[j] >= 0 && weights[j] <= 1))
			abort();
		if (constant && weights[j] != 0)
			abort();
		total += weights[j];
	}
	if (fabs(total - 1) > 1e-12)
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
	int			k = mode % MAX_CRITERIA + 1;
	bool		raw = (mode & 8) != 0;
	int			split = (int) fuzz_take(&in, 1) % MAX_ROWS;
	bool		benefit[MAX_CRITERIA];
	double		rows[MAX_ROWS * MAX_CRITERIA];
	int			m = 0;
	CriticState *whole = malloc(critic_state_size(k));
	CriticState *parts[2] = {malloc(critic_state_size(k)),
	malloc(critic_state_size(k))};
	double		weights[MAX_CRITERIA];
	double		merged[MAX_CRITERIA];

	for (int j = 0; j < k; j++)
		benefit[j] = (mode >> (4 + j) & 1) != 0;
	critic_state_init(whole, k, benefit);
	critic_state_init(parts[0], k, benefit);
	critic_state_init(parts[1], k, benefit);
	while (in.pos < in.size && m < MAX_ROWS)
	{
		for (int j = 0; j < k; j++)
			rows[m * k + j] = take_value(&in, raw);
		critic_state_add(whole, &rows[m * k]);
		critic_state_add(parts[m < split ? 0 : 1], &rows[m * k]);
		m++;
	}
	if (m > 0)
	{
		bool		defined = critic_state_weights(whole, weights);
		bool		merged_defined;

		critic_state_merge(parts[0], parts[1]);
		merged_defined = critic_state_weights(parts[0], merged);
		if (defined)
			check_weights(weights, rows, m, k);
		if (merged_defined)
			check_weights(merged, rows, m, k);
		if (!raw)
		{
			if (defined != merged_defined)
				abort();
			for (int j = 0; defined && j < k; j++)
				if (fabs(weights[j] - merged[j]) > 1e-9)
					abort();
		}
	}
	free(whole);
	free(parts[0]);
	free(parts[1]);
	return 0;
}
