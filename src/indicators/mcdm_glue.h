/*-------------------------------------------------------------------------
 *
 * mcdm_glue.h
 *	  What the SQL glue of the weighting and ranking functions shares:
 *	  unpacking and checking array arguments (one element per criterion)
 *	  and the plumbing of the weight aggregates.
 *
 *-------------------------------------------------------------------------
 */
#ifndef MCDM_GLUE_H
#define MCDM_GLUE_H

#include "svcindex.h"

#include "utils/array.h"

extern void mcdm_unpack_values(ArrayType *array, const char *what,
							   bool nonnegative, double *values,
							   int expected);
extern void mcdm_unpack_flags(ArrayType *array, const char *what,
							  bool *flags, int expected);
extern int	mcdm_criteria_count(ArrayType *array, const char *what);

extern void mcdm_directions_differ(int criterion);

/* The combine and final steps of a weight aggregate, given its core. */
typedef void (*WeightsMerge) (void *into, const void *from);
typedef int (*WeightsMismatch) (const void *a, const void *b);
typedef bool (*WeightsResult) (const void *state, double *weights);

extern Datum mcdm_weights_combine(FunctionCallInfo fcinfo, const char *fname,
								  WeightsMerge merge,
								  WeightsMismatch mismatch);
extern Datum mcdm_weights_final(FunctionCallInfo fcinfo, const char *fname,
								WeightsResult result);
extern ArrayType *mcdm_weights_array(const double *weights, int count);

#endif							/* MCDM_GLUE_H */
