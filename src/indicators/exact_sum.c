/*-------------------------------------------------------------------------
 *
 * exact_sum.c
 *	  An exact fixed-point accumulator for doubles (see exact_sum.h for
 *	  the layout).  Because nothing is rounded until the total is read,
 *	  subtracting a value undoes adding it exactly, and partial sums can
 *	  be merged in any order with the same result: this is what lets a
 *	  moving-window aggregate drop rows without drift and a parallel plan
 *	  agree with a serial one to the last bit.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <string.h>

#include "exact_sum.h"

/*
 * Additions allowed between carry propagations.  One addition moves less
 * than 2^33 into a digit, so 2^28 of them stay below 2^61, and merging two
 * accumulators stays below 2^62.
 */
#define EXACT_PENDING_LIMIT		(INT64_C(1) << 28)

#define DIGIT_BITS				32
#define DIGIT_MASK				UINT64_C(0xFFFFFFFF)
#define DIGIT_BASE				(INT64_C(1) << DIGIT_BITS)

/* Exponent of the least significant bit: the smallest subnormal double. */
#define EXACT_LSB_EXPONENT		(-1074)

/*
 * Start an accumulator at zero.
 */
void
svc_exact_init(SvcExactSum *sum)
{
	memset(sum, 0, sizeof(SvcExactSum));
}

/*
 * Propagate carries so that every digit but the top one lies in
 * [0, 2^32); the top digit keeps the sign of the whole number.
 */
static void
exact_settle(SvcExactSum *sum)
{
	for (int i = 0; i < SVC_EXACT_DIGITS - 1; i++)
	{
		/* Floor division by 2^32, for negative digits too. */
		int64_t		carry = sum->digit[i] >> DIGIT_BITS;

		sum->digit[i] -= carry * DIGIT_BASE;
		sum->digit[i + 1] += carry;
	}
	sum->pending = 0;
}

/*
 * Add a finite double to the accumulator, or subtract it.  The value is
 * split into its 53-bit integer mantissa and the bit position of that
 * mantissa's lowest bit, then added into the (at most three) digits it
 * overlaps.
 */
void
svc_exact_add(SvcExactSum *sum, double value, bool subtract)
{
	uint64_t	bits;
	uint64_t	mantissa;
	int			biased_exponent;
	int			position;
	int			index;
	int			shift;
	uint64_t	low_part;
	uint64_t	high_part;
	int64_t		d0,
				d1,
				d2;

	memcpy(&bits, &value, sizeof(bits));
	biased_exponent = (int) ((bits >> 52) & 0x7FF);
	mantissa = bits & ((UINT64_C(1) << 52) - 1);
	if (biased_exponent == 0)
	{
		/* Zero or subnormal: the mantissa counts units of 2^-1074. */
		if (mantissa == 0)
			return;
		position = 0;
	}
	else
	{
		mantissa |= UINT64_C(1) << 52;
		position = biased_exponent - 1;
	}
	if ((bits >> 63) != 0)
		subtract = !subtract;

	/* Shift the mantissa into place across three digits. */
	index = position / DIGIT_BITS;
	shift = position % DIGIT_BITS;
	low_part = (mantissa & DIGIT_MASK) << shift;
	high_part = (mantissa >> DIGIT_BITS) << shift;
	d0 = (int64_t) (low_part & DIGIT_MASK);
	d1 = (int64_t) ((low_part >> DIGIT_BITS) + (high_part & DIGIT_MASK));
	d2 = (int64_t) (high_part >> DIGIT_BITS);

	if (subtract)
	{
		sum->digit[index] -= d0;
		sum->digit[index + 1] -= d1;
		sum->digit[index + 2] -= d2;
	}
	else
	{
		sum->digit[index] += d0;
		sum->digit[index + 1] += d1;
		sum->digit[index + 2] += d2;
	}

	if (++sum->pending >= EXACT_PENDING_LIMIT)
		exact_settle(sum);
}

/*
 * Add one accumulator into another, as when combining parallel partial
 * states.
 */
void
svc_exact_merge(SvcExactSum *into, const SvcExactSum *from)
{
	for (int i = 0; i < SVC_EXACT_DIGITS; i++)
		into->digit[i] += from->digit[i];
	into->pending += from->pending;
	if (into->pending >= EXACT_PENDING_LIMIT)
		exact_settle(into);
}

/*
 * Whether the accumulated sum is exactly zero.
 */
bool
svc_exact_is_zero(const SvcExactSum *sum)
{
	SvcExactSum settled = *sum;

	exact_settle(&settled);
	for (int i = 0; i < SVC_EXACT_DIGITS; i++)
	{
		if (settled.digit[i] != 0)
			return false;
	}
	return true;
}

/*
 * The accumulated sum rounded to 53 bits, as a fraction and a power of
 * two: the sum is fraction * 2^exponent with fraction in [0.5, 1] (1 only
 * when rounding carries over), or 0 with exponent 0.  Keeping the exponent
 * apart lets callers divide two sums that are each beyond the range of
 * doubles.  The top 64 bits of the magnitude are taken with a sticky bit
 * for everything below them, so that the one conversion to a 53-bit
 * double rounds correctly.
 */
double
svc_exact_fraction(const SvcExactSum *sum, int *exponent)
{
	SvcExactSum magnitude = *sum;
	bool		negative;
	int			top;
	int			leading_zeros;
	uint64_t	head;
	uint64_t	next;
	uint64_t	third;
	bool		sticky;
	double		fraction;

	exact_settle(&magnitude);
	negative = magnitude.digit[SVC_EXACT_DIGITS - 1] < 0;
	if (negative)
	{
		for (int i = 0; i < SVC_EXACT_DIGITS; i++)
			magnitude.digit[i] = -magnitude.digit[i];
		exact_settle(&magnitude);
	}

	/* The most significant non-zero digit. */
	top = SVC_EXACT_DIGITS - 1;
	while (top >= 0 && magnitude.digit[top] == 0)
		top--;
	if (top < 0)
	{
		*exponent = 0;
		return 0.0;
	}

	/* Gather 64 bits starting at the leading one bit. */
	head = (uint64_t) magnitude.digit[top];
	next = top >= 1 ? (uint64_t) magnitude.digit[top - 1] : 0;
	third = top >= 2 ? (uint64_t) magnitude.digit[top - 2] : 0;
	leading_zeros = 0;
	while ((head << leading_zeros & (UINT64_C(1) << 31)) == 0)
		leading_zeros++;
	head = (head << (DIGIT_BITS + leading_zeros)) |
		(next << leading_zeros) |
		(third >> (DIGIT_BITS - leading_zeros));

	/* Any bit below those 64 makes the value sticky. */
	sticky = (third & ((UINT64_C(1) << (DIGIT_BITS - leading_zeros)) - 1)) != 0;
	for (int i = top - 3; i >= 0 && !sticky; i--)
		sticky = magnitude.digit[i] != 0;
	if (sticky)
		head |= 1;

	/* head * 2^-64 is in [0.5, 1); the conversion rounds to 53 bits. */
	fraction = ldexp((double) head, -64);
	*exponent = DIGIT_BITS * (top - 1) - leading_zeros + 64 + EXACT_LSB_EXPONENT;
	return negative ? -fraction : fraction;
}
