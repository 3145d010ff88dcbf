/*-------------------------------------------------------------------------
 *
 * exact_sum.h
 *	  An exact accumulator for sums of doubles: adding and then removing
 *	  a value leaves the sum exactly as it was, and the rounded total does
 *	  not depend on the order of the additions.  Plain C, no fmgr.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SVC_EXACT_SUM_H
#define SVC_EXACT_SUM_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/*
 * Every finite double is an integer multiple of 2^-1074 below 2^1024, so
 * a fixed-point number of 2098 bits holds any of them exactly.  The number
 * is kept in base 2^32 digits, least significant first, each stored in a
 * signed 64-bit slot.  One addition moves less than 2^33 into each of the
 * (at most three) digits it touches, so carries need only be propagated
 * after SVC_EXACT_PENDING_LIMIT = 2^28 additions: the digits then stay
 * below 2^61, and merging two accumulators below 2^62.  Two spare digits
 * on top hold sums of up to 2^63 doubles of any size.
 */
#define SVC_EXACT_DIGITS		68
#define SVC_EXACT_DIGIT_BITS	32
#define SVC_EXACT_DIGIT_MASK	UINT64_C(0xFFFFFFFF)
#define SVC_EXACT_PENDING_LIMIT (INT64_C(1) << 28)

typedef struct SvcExactSum
{
	int64_t		digit[SVC_EXACT_DIGITS];	/* base 2^32, least first */
	int64_t		pending;		/* additions since carries were settled */
} SvcExactSum;

extern void svc_exact_init(SvcExactSum *sum);
extern void svc_exact_settle(SvcExactSum *sum);
extern void svc_exact_merge(SvcExactSum *into, const SvcExactSum *from);
extern bool svc_exact_is_zero(const SvcExactSum *sum);
extern double svc_exact_fraction(const SvcExactSum *sum, int *exponent);

/*
 * Add a finite double to the accumulator, or subtract it.  The value is
 * split into its 53-bit integer mantissa and the bit position of that
 * mantissa's lowest bit (in units of 2^-1074), then added into the digits
 * it overlaps.  Inline, since aggregates call it for every row.
 */
static inline void
svc_exact_add(SvcExactSum *sum, double value, bool subtract)
{
	uint64_t	bits;
	uint64_t	mantissa;
	unsigned int biased_exponent;
	unsigned int position;
	unsigned int index;
	unsigned int shift;
	uint64_t	low_part;
	uint64_t	high_part;
	int64_t		d0,
				d1,
				d2;

	memcpy(&bits, &value, sizeof(bits));
	biased_exponent = (unsigned int) ((bits >> 52) & 0x7FF);
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
	index = position / SVC_EXACT_DIGIT_BITS;
	shift = position % SVC_EXACT_DIGIT_BITS;
	low_part = (mantissa & SVC_EXACT_DIGIT_MASK) << shift;
	high_part = (mantissa >> SVC_EXACT_DIGIT_BITS) << shift;
	d0 = (int64_t) (low_part & SVC_EXACT_DIGIT_MASK);
	d1 = (int64_t) ((low_part >> SVC_EXACT_DIGIT_BITS) +
					(high_part & SVC_EXACT_DIGIT_MASK));
	d2 = (int64_t) (high_part >> SVC_EXACT_DIGIT_BITS);

	if (subtract)
	{
		d0 = -d0;
		d1 = -d1;
		d2 = -d2;
	}
	sum->digit[index] += d0;
	sum->digit[index + 1] += d1;
	sum->digit[index + 2] += d2;

	if (++sum->pending >= SVC_EXACT_PENDING_LIMIT)
		svc_exact_settle(sum);
}

#endif							/* SVC_EXACT_SUM_H */
