/*-------------------------------------------------------------------------
 *
 * duration_sketch.h
 *	  A log-bucketed sketch of durations in microseconds, in the manner of
 *	  DDSketch (Masson, Rim and Lee, "DDSketch: a fast and fully-mergeable
 *	  quantile sketch with relative-error guarantees", VLDB 2019).
 *
 * A duration x of at least one microsecond falls in bucket
 *
 *		k = ceil(ln(x) / ln(gamma)),	gamma = (1 + alpha) / (1 - alpha)
 *
 * which holds the durations in (gamma^(k-1), gamma^k].  The value
 * 2 gamma^k / (gamma + 1) is within a relative distance alpha of every
 * duration in the bucket.  With alpha = 0.0099 a bucket spans about 2 % and
 * a factor of ten takes 116 buckets.  Negative durations are kept in a
 * mirror store by their magnitude, and zero in a count of its own.
 *
 * Buckets are named by one signed index: 0 for zero, k + 1 for a positive
 * duration in bucket k and -(k + 1) for a negative one, so that ascending
 * indexes follow ascending durations.
 *
 * This file has no fmgr in it: memory comes from palloc in the current
 * memory context, and errors are returned to the caller.
 *
 *-------------------------------------------------------------------------
 */
#ifndef DURATION_SKETCH_H
#define DURATION_SKETCH_H

#include "postgres.h"

/* Relative accuracy of a bucket's representative value. */
#define SKETCH_ALPHA 0.0099

/* Highest bucket key: the bucket of 2^63 microseconds is 2206. */
#define SKETCH_MAX_KEY 2207

/* Highest signed bucket index, in magnitude. */
#define SKETCH_MAX_INDEX (SKETCH_MAX_KEY + 1)

/*
 * Width of the window of buckets a stored summary keeps, below the bucket
 * of the largest magnitude: a factor of gamma^1000, about 4 * 10^8.
 */
#define SKETCH_WINDOW 1000

/* Counts of one sign, dense over keys lo .. lo + size - 1. */
typedef struct SketchStore
{
	int32		lo;				/* key of counts[0] */
	int32		size;			/* number of allocated counts */
	int64	   *counts;			/* NULL while the store is empty */
} SketchStore;

typedef struct DurationSketch
{
	int64		zero;			/* durations equal to zero */
	SketchStore positive;		/* durations above zero, by key */
	SketchStore negative;		/* durations below zero, by magnitude's key */
} DurationSketch;

extern void sketch_init(DurationSketch *sketch);
extern double sketch_index_value(int index);
extern void sketch_add_index(DurationSketch *sketch, int index, int64 count);
extern void sketch_add_duration(DurationSketch *sketch, int64 usec);
extern void sketch_merge(DurationSketch *into, const DurationSketch *from);
extern bool sketch_remove_duration(DurationSketch *sketch, int64 usec);
extern bool sketch_subtract(DurationSketch *sketch,
							const DurationSketch *part);
extern int	sketch_duration_index(int64 usec);
extern int	sketch_window_index(int index, int floor_key);
extern int	sketch_window_floor(const DurationSketch *sketch);
extern int	sketch_next_index(const DurationSketch *sketch, int after,
							  int floor_key, int64 *count);
extern int	sketch_rank_index(const DurationSketch *sketch, int64 rank,
							  int floor_key);

/* Compact binary form: delta-coded indexes and counts as varints. */
extern int	sketch_encoded_size(const DurationSketch *sketch, int floor_key,
								int *nbuckets);
extern void sketch_encode(const DurationSketch *sketch, int floor_key,
						  uint8 *out);
extern const char *sketch_decode(DurationSketch *sketch, const uint8 *in,
								 int len, int nbuckets);

#endif							/* DURATION_SKETCH_H */
