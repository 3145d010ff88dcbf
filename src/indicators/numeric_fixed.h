/*-------------------------------------------------------------------------
 *
 * numeric_fixed.h
 *	  Numeric values as scaled machine integers: a numeric with display
 *	  scale d is read as the integer value * 10^d, so that sums and
 *	  products of ordinary numerics run in 64- and 128-bit integers and
 *	  stay exact.  Values too long for that are reported as wide, for the
 *	  caller to handle with numeric arithmetic.
 *
 *-------------------------------------------------------------------------
 */
#ifndef NUMERIC_FIXED_H
#define NUMERIC_FIXED_H

#include "postgres.h"

#include "utils/numeric.h"

/* Largest display scale read as a machine integer. */
#define FIXED_MAX_SCALE 15

/* Scaled magnitudes read as machine integers are below this (10^18). */
#define FIXED_LIMIT INT64CONST(1000000000000000000)

typedef enum FixedKind
{
	FIXED_SMALL,				/* read into a scaled int64 */
	FIXED_WIDE,					/* finite, but too long for the int64 form */
	FIXED_SPECIAL				/* NaN or an infinity */
} FixedKind;

/* What a numeric value was read as. */
typedef struct FixedValue
{
	FixedKind	kind;
	bool		negative;		/* below zero (finite values only) */
	int			dscale;			/* display scale (finite values only) */
	int64		scaled;			/* value * 10^dscale (FIXED_SMALL only) */
} FixedValue;

extern void fixed_read(const struct varlena *num, FixedValue *out);
extern bool fixed_rescale(int128 *value, int from_scale, int to_scale);
extern Numeric fixed_to_numeric(int128 value, int scale);

#endif							/* NUMERIC_FIXED_H */
