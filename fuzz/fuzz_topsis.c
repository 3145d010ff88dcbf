/*-------------------------------------------------------------------------
 *
 * fuzz_topsis.c
 *	  Fuzz target for TOPSIS closeness (src/indicators/topsis_core.c).
 *
 * The input gives a decision matrix of 1 to 12 alternatives and 1 to 6
 * criteria (any finite doubles), non-negative finite weights, the
 * direction of each criterion and the normalisation, as the SQL function
 * accepts them.  Checked: each closeness is in [0, 1], or marked
 * undefined exactly when the ideal and the anti-ideal points coincide
 * for that row (every distance zero), or NaN only where the weighted
 * values overflowed (never for the vector and min-max forms, which are
 * scaled into [0, 1]); an alternative that is best on every criterion
 * scores 1 and one worst on every criterion scores 0.
 *
 *-------------------------------------------------------------------------
 */
#include "c.h"

#include <math.h>
#include <stdlib.h>

#include "mcdm.h"
#include "support.h"

#define MAX_ROWS 12
#define MAX_CRITERIA 6

/*
 * Read a finite double from the input: a small integer or any bits.
 */
static double
take_value(FuzzInput *in, bool raw)
{
	double		value;

	if (!raw)
		return (double) (int8) fuzz_take(in, 1);
	{
		uint64		bits = fuzz_take(in, 8);

		memcpy(&value, &bits, sizeof(value));
	}
	return isfinite(value) ? value : 0;
}

/*
 * libFuzzer entry point.
 */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FuzzInput	in = {data, size, 0};
	uint8		mode = (uint8) fuzz_take(&in, 1);
	int			m = (int) fuzz_take(&in, 1) % MAX_ROWS + 1;
	int			k = (int) fuzz_take(&in, 1) % MAX_CRITERIA + 1;
	TopsisNormalisation normalisation = (TopsisNormalisation) (mode % 3);
	bool		raw = (mode & 4) != 0;
	double		matrix[MAX_ROWS * MAX_CRITERIA];
	double		original[MAX_ROWS * MAX_CRITERIA];
	double		weights[MAX_CRITERIA];
	bool		benefit[MAX_CRITERIA];
	double		closeness[MAX_ROWS];
	bool		undefined[MAX_ROWS];

	for (int j = 0; j < k; j++)
	{
		weights[j] = fabs(take_value(&in, raw));
		benefit[j] = (fuzz_take(&in, 1) & 1) != 0;
	}
	for (int i = 0; i < m * k; i++)
		matrix[i] = original[i] = take_value(&in, raw);

	topsis_closeness(matrix, m, k, weights, benefit, normalisation,
					 closeness, undefined);

	for (int i = 0; i < m; i++)
	{
		bool		best = true;
		bool		worst = true;
		bool		any_weight = false;

		if (undefined[i])
			continue;
		if (isnan(closeness[i]))
		{
			if (normalisation != TOPSIS_NONE)
				abort();
			continue;
		}
		if (!(closeness[i] >= 0 && closeness[i] <= 1))
			abort();

		/* best or worst on every weighted criterion */
		for (int j = 0; j < k; j++)
		{
			double		x = original[i * k + j];

			if (weights[j] == 0)
				continue;
			any_weight = true;
			for (int r = 0; r < m; r++)
			{
				double		y = original[r * k + j];

				if (benefit[j] ? y > x : y < x)
					best = false;
				if (benefit[j] ? y < x : y > x)
					worst = false;
			}
		}
		if (any_weight && best && closeness[i] != 1)
			abort();
		if (any_weight && worst && closeness[i] != 0)
			abort();
	}
	return 0;
}
