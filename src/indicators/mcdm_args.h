/*-------------------------------------------------------------------------
 *
 * mcdm_args.h
 *	  Unpacking and checking the array arguments of the weighting and
 *	  ranking functions (one element per criterion).
 *
 *-------------------------------------------------------------------------
 */
#ifndef MCDM_ARGS_H
#define MCDM_ARGS_H

#include "svcindex.h"

#include "utils/array.h"

extern int	mcdm_unpack_values(ArrayType *array, const char *what,
							   bool nonnegative, double *values,
							   int expected);
extern void mcdm_unpack_flags(ArrayType *array, const char *what,
							  bool *flags, int expected);
extern int	mcdm_criteria_count(ArrayType *array, const char *what);

/* Aggregate states that are varlenas, so that they serialise as they are. */
extern struct varlena *mcdm_state_copy(const struct varlena *state,
									   MemoryContext context);
extern void mcdm_require_same_width(int width, int other);
extern void mcdm_directions_differ(void);
extern ArrayType *mcdm_weights_array(const double *weights, int count);

#endif							/* MCDM_ARGS_H */
