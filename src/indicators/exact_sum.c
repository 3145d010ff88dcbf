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

#include "exact_sum.h"

#define DIGIT_BITS				SVC_EXACT_DIGIT_BITS
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
 * [0, 2^32); the top digit keeps the sign of the whole number.  Called
 * when the pending additions reach their limit, and before reading.
 */
void
svc_exact_settle(SvcExactSum *sum)
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
 * Add one accumulator into another, as when combining parallel partial
 * states.
 */
void
svc_exact_merge(SvcExactSum *into, const SvcExactSum *from)
{
	for (int i = 0; i < SVC_EXACT_DIGITS; i++)
		into->digit[i] += from->digit[i];
	into->pending += from->pending;
	if (into->pending >= SVC_EXACT_PENDING_LIMIT)
		svc_exact_settle(into);
}

/*
 * Whether the accumulated sum is exactly zero.
 */
bool
svc_exact_is_zero(const SvcExactSum *sum)
{
	SvcExactSum settled = *sum;

	svc_exact_settle(&settled);
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

	svc_exact_settle(&magnitude);
	negative = magnitude.digit[SVC_EXACT_DIGITS - 1] < 0;
	if (negative)
	{
		for (int i = 0; i < SVC_EXACT_DIGITS; i++)
			magnitude.digit[i] = -magnitude.digit[i];
		svc_exact_settle(&magnitude);
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
	*exponent = DIGIT_BITS * (top - 1) - leading_zeros + 64 +
		EXACT_LSB_EXPONENT;
	return negative ? -fraction : fraction;
}
