/*-------------------------------------------------------------------------
 *
 * sla_summary.h
 *	  The SLA summary: counts of durations that met and breached their
 *	  targets, their exact sum, minimum and maximum, and a duration sketch
 *	  for percentiles.  Shared by the type's I/O, the aggregates and the
 *	  accessors.
 *
 * Stored layout (a varlena, double aligned, read with memcpy so that an
 * unaligned bytea from a parallel worker is read safely too):
 *
 *		SlaSummaryHeader	counts, sum as two 64-bit halves, min, max,
 *							number of buckets
 *		uint8[]				the buckets in the sketch's binary form
 *
 * A stored summary keeps the sketch's window (see duration_sketch.c); the
 * serialised state of a running aggregate keeps every bucket.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SLA_SUMMARY_H
#define SLA_SUMMARY_H

#include "svcindex.h"

#include "common/int.h"
#include "datatype/timestamp.h"
#include "duration_sketch.h"

/*
 * The running state of sla_agg and of rollup over summaries.  The ties
 * count what was added holding the minimum or the maximum (rows for
 * sla_agg, summaries for rollup), so that a moving window frame can lose
 * one of them and keep its extreme; a state read from storage counts as
 * one summary.
 */
typedef struct SlaState
{
	MemoryContext context;		/* where the sketch's buckets live */
	int64		total;			/* durations counted */
	int64		met;			/* durations at or below their target */
	int128		sum;			/* sum of durations, microseconds */
	int64		min;			/* smallest duration, microseconds */
	int64		max;			/* largest duration, microseconds */
	int64		min_ties;		/* rows or summaries added at the minimum */
	int64		max_ties;		/* rows or summaries added at the maximum */
	DurationSketch sketch;
} SlaState;

/* Fixed part of the stored form. */
typedef struct SlaSummaryHeader
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	int32		nbuckets;		/* buckets in the binary form that follows */
	int64		total;
	int64		met;
	int64		sum_high;		/* sum >> 64 */
	uint64		sum_low;		/* sum & (2^64 - 1) */
	int64		min;
	int64		max;
} SlaSummaryHeader;

/* Durations of an interval: months of 30 days and days of 24 hours. */
extern int64 sla_interval_months_usec(const Interval *span, const char *what);

/*
 * Return an interval as microseconds; the common cases of no months (and
 * no overflow) are inline, since aggregates call this for every row.
 */
static inline int64
sla_interval_usec(const Interval *span, const char *what)
{
	int64		usec;

	if (span->month == 0 &&
		!pg_mul_s64_overflow(span->day, USECS_PER_DAY, &usec) &&
		!pg_add_s64_overflow(usec, span->time, &usec))
		return usec;
	return sla_interval_months_usec(span, what);
}
extern Interval *sla_usec_interval(int64 usec);

extern void sla_state_init(SlaState *state);
extern void sla_state_add(SlaState *state, int64 elapsed, int64 target);
extern void sla_state_merge(SlaState *into, const SlaState *from);
extern bool sla_state_remove(SlaState *state, int64 elapsed, int64 target);
extern bool sla_state_subtract(SlaState *state, const SlaState *part);
extern void sla_input_fail(int code, const char *input, const char *detail)
			pg_attribute_noreturn();
extern void sla_state_check(const SlaState *state, int code,
							const char *input);
extern struct varlena *sla_state_flatten(const SlaState *state,
										 bool windowed);
extern void sla_state_unflatten(SlaState *state, const struct varlena *flat);

/* Aggregate steps shared by the plain and the moving-window forms. */
extern SlaState *sla_state_argument(FunctionCallInfo fcinfo,
									const char *fname);
extern void sla_state_add_row(FunctionCallInfo fcinfo, SlaState *state);
extern void sla_state_add_summary(FunctionCallInfo fcinfo, SlaState *state);

#endif							/* SLA_SUMMARY_H */
