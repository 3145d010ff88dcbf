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

/*
 * Every finite double is an integer multiple of 2^-1074 below 2^1024, so
 * a fixed-point number of 2098 bits holds any of them exactly.  The number
 * is kept in base 2^32 digits, least significant first, each stored in a
 * signed 64-bit slot: an addition puts less than 2^32 into each slot it
 * touches, so carries need only be propagated after about 2^29 additions.
 * Two spare digits on top hold sums of up to 2^63 doubles of any size.
 */
#define SVC_EXACT_DIGITS	68

typedef struct SvcExactSum
{
	int64_t		digit[SVC_EXACT_DIGITS];	/* base 2^32, least first */
	int64_t		pending;		/* additions since carries were settled */
} SvcExactSum;

extern void svc_exact_init(SvcExactSum *sum);
extern void svc_exact_add(SvcExactSum *sum, double value, bool subtract);
extern void svc_exact_merge(SvcExactSum *into, const SvcExactSum *from);
extern bool svc_exact_is_zero(const SvcExactSum *sum);
extern double svc_exact_fraction(const SvcExactSum *sum, int *exponent);

#endif							/* SVC_EXACT_SUM_H */
