/*-------------------------------------------------------------------------
 *
 * fuzz_exact_sum.c
 *	  Fuzz target for the exact float8 accumulator
 *	  (src/indicators/exact_sum.c).
 *
 * The input is a list of operations, each a selector byte and a double:
 * add or subtract it, into one of two accumulators, and optionally settle
 * the carries.  The same operations are replayed on a reference: a plain
 * two's-complement big integer in units of 2^-1074, kept with full carry
 * propagation after every step, and rounded to 53 bits by hand (round
 * half to even).  Checked: the merged accumulator's rounded value equals
 * the reference's; settling changes nothing; subtracting every value again
 * gives exactly zero.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "exact_sum.h"
#include "support.h"

/* 2304 bits: ample for 2^16 doubles of any size, in 32-bit limbs. */
#define REF_LIMBS 72

typedef struct RefSum
{
	uint32_t	limb[REF_LIMBS];	/* two's complement, least first */
} RefSum;

/*
 * Add (or subtract) an unsigned integer times 2^shift into the reference.
 */
static void
ref_add(RefSum *ref, uint64_t mantissa, int shift, int negate)
{
	RefSum		term;
	uint64_t	carry = 0;

	memset(&term, 0, sizeof(term));
	for (int bit = 0; bit < 64; bit++)
	{
		if (mantissa >> bit & 1)
			term.limb[(shift + bit) / 32] |= UINT32_C(1) << ((shift + bit) % 32);
	}
	if (negate)
	{
		/* two's complement: invert and add one */
		carry = 1;
		for (int i = 0; i < REF_LIMBS; i++)
		{
			uint64_t	v = (uint64_t) (uint32_t) ~term.limb[i] + carry;

			term.limb[i] = (uint32_t) v;
			carry = v >> 32;
		}
		carry = 0;
	}
	for (int i = 0; i < REF_LIMBS; i++)
	{
		uint64_t	v = (uint64_t) ref->limb[i] + term.limb[i] + carry;

		ref->limb[i] = (uint32_t) v;
		carry = v >> 32;
	}
}

/*
 * Add a finite double, decomposed with frexp, into the reference.
 */
static void
ref_add_double(RefSum *ref, double value, int negate)
{
	int			exponent;
	double		fraction;
	int			low;

	if (value == 0)
		return;
	fraction = frexp(fabs(value), &exponent);
	/* value = fraction * 2^exponent; units of 2^-1074 from bit "low" up */
	low = exponent - 53 < -1074 ? -1074 : exponent - 53;
	ref_add(ref, (uint64_t) ldexp(fraction, exponent - low), low + 1074,
			negate ^ (value < 0));
}

/*
 * Round the reference to 53 bits: set *fraction in [0.5, 1) and
 * *exponent so that the value is fraction * 2^exponent, or 0 and 0.
 */
static void
ref_round(const RefSum *ref, double *fraction, int *exponent)
{
	RefSum		mag = *ref;
	int			negative = (mag.limb[REF_LIMBS - 1] >> 31) != 0;
	int			top;
	uint64_t	mantissa = 0;
	int			below;
	int			half;
	int			sticky = 0;

	if (negative)
	{
		uint64_t	carry = 1;

		for (int i = 0; i < REF_LIMBS; i++)
		{
			uint64_t	v = (uint64_t) (uint32_t) ~mag.limb[i] + carry;

			mag.limb[i] = (uint32_t) v;
			carry = v >> 32;
		}
	}
	for (top = REF_LIMBS * 32 - 1; top >= 0; top--)
	{
		if (mag.limb[top / 32] >> (top % 32) & 1)
			break;
	}
	if (top < 0)
	{
		*fraction = 0;
		*exponent = 0;
		return;
	}
	/* the 53 bits from the top one down, then the rounding bits */
	for (int bit = top; bit > top - 53; bit--)
		mantissa = mantissa << 1 |
			(bit >= 0 ? (mag.limb[bit / 32] >> (bit % 32) & 1) : 0);
	below = top - 53;
	half = below >= 0 ? (mag.limb[below / 32] >> (below % 32) & 1) : 0;
	for (int bit = below - 1; bit >= 0; bit--)
		sticky |= mag.limb[bit / 32] >> (bit % 32) & 1;
	if (half && (sticky || (mantissa & 1)))
		mantissa++;
	/* value = mantissa * 2^(top - 52 - 1074) */
	*fraction = ldexp((double) mantissa, -53);
	*exponent = top + 1 - 1074;
	if (*fraction == 1.0)
	{
		*fraction = 0.5;
		*exponent += 1;
	}
	if (negative)
		*fraction = -*fraction;
}

/*
 * Abort unless an accumulator rounds to the reference's value.
 */
static void
check_against(const SvcExactSum *sum, const RefSum *ref)
{
	double		fraction;
	int			exponent;
	double		ref_fraction;
	int			ref_exponent;

	fraction = svc_exact_fraction(sum, &exponent);
	if (fabs(fraction) == 1.0)
	{
		fraction /= 2;
		exponent += 1;
	}
	ref_round(ref, &ref_fraction, &ref_exponent);
	if (fraction != ref_fraction || exponent != ref_exponent)
		abort();
	if (svc_exact_is_zero(sum) != (ref_fraction == 0))
		abort();
}

/*
 * libFuzzer entry point.
 */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FuzzInput	in = {data, size, 0};
	SvcExactSum parts[2];
	SvcExactSum whole;
	RefSum		ref;
	double		values[4096];
	int			subtracted[4096];
	int			n = 0;

	svc_exact_init(&parts[0]);
	svc_exact_init(&parts[1]);
	memset(&ref, 0, sizeof(ref));
	while (in.pos < in.size && n < 4096)
	{
		uint8_t		op = (uint8_t) fuzz_take(&in, 1);
		uint64_t	bits = fuzz_take(&in, (op >> 4 & 3) == 0 ? 8 : 2);
		double		value;

		/* short forms: small mantissas at chosen exponents */
		if ((op >> 4 & 3) != 0)
			value = ldexp((double) (int16_t) bits,
						  (int) fuzz_take(&in, 2) % 2100 - 1100);
		else
			memcpy(&value, &bits, sizeof(value));
		if (!isfinite(value))
			continue;
		svc_exact_add(&parts[op & 1], value, (op & 2) != 0);
		ref_add_double(&ref, value, (op & 2) != 0);
		if (op & 4)
			svc_exact_settle(&parts[op & 1]);
		values[n] = value;
		subtracted[n] = (op & 2) != 0;
		n++;
	}

	svc_exact_init(&whole);
	svc_exact_merge(&whole, &parts[0]);
	svc_exact_merge(&whole, &parts[1]);
	check_against(&whole, &ref);
	svc_exact_merge(&parts[1], &parts[0]);
	check_against(&parts[1], &ref);

	/* undo every step: exactly zero */
	for (int i = 0; i < n; i++)
	{
		svc_exact_add(&whole, values[i], !subtracted[i]);
		ref_add_double(&ref, values[i], !subtracted[i]);
	}
	check_against(&whole, &ref);
	if (!svc_exact_is_zero(&whole))
		abort();
	return 0;
}
