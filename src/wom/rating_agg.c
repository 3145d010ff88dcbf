/*-------------------------------------------------------------------------
 *
 * rating_agg.c
 *	  Aggregate support for rating_agg() and rollup(rating_summary):
 *	  the histogram of answers on an integer scale, with inverse steps for
 *	  moving windows and a merge for parallel plans and rollups.
 *
 * The state of rating_agg() is a RatingSummary kept as `internal` and
 * updated in place; it is made on the first row, even for a NULL answer,
 * since moving-window transitions may not return NULL.
 *
 *-------------------------------------------------------------------------
 */
#include "wom.h"

#include <math.h>


PG_FUNCTION_INFO_V1(rating_int2_transition);
PG_FUNCTION_INFO_V1(rating_int4_transition);
PG_FUNCTION_INFO_V1(rating_numeric_transition);
PG_FUNCTION_INFO_V1(rating_int2_inverse);
PG_FUNCTION_INFO_V1(rating_int4_inverse);
PG_FUNCTION_INFO_V1(rating_numeric_inverse);
PG_FUNCTION_INFO_V1(rating_serialize);
PG_FUNCTION_INFO_V1(rating_deserialize);
PG_FUNCTION_INFO_V1(rating_summary_merge);
PG_FUNCTION_INFO_V1(rating_summary_final);

/*
 * Check a rating scale: 0 <= low < high, at most eleven points.
 */
void
rating_check_scale(int64 low, int64 high)
{
	if (low < 0 || high <= low || high - low >= RATING_MAX_POINTS ||
		high > PG_INT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rating scale " INT64_FORMAT ".." INT64_FORMAT
						" is not supported", low, high),
				 errdetail("A scale runs from a low point of zero or more to a higher point, with at most %d points.",
						   RATING_MAX_POINTS)));
}

/*
 * Check that an answer lies on the scale.
 */
static void
rating_check_answer(int64 score, const RatingSummary *state)
{
	if (score < state->low || score > state->high)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("rating " INT64_FORMAT " is out of range", score),
				 errdetail("Expected a whole number between %d and %d.",
						   state->low, state->high)));
}

/*
 * The state to update, with the scale of this row checked: a new state
 * takes the scale, an existing one must have the same.  A state is made
 * even for a NULL answer, as moving windows require.
 */
static RatingSummary *
rating_state(FunctionCallInfo fcinfo)
{
	RatingSummary *state;
	int32		low;
	int32		high;

	if (PG_ARGISNULL(2) || PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("rating scale bounds must not be NULL")));
	low = PG_GETARG_INT32(2);
	high = PG_GETARG_INT32(3);

	if (!PG_ARGISNULL(0))
	{
		state = (RatingSummary *) PG_GETARG_POINTER(0);
		if (state->low != low || state->high != high)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("rating scale %d..%d differs from the scale %d..%d of earlier rows",
							low, high, state->low, state->high),
					 errdetail("One aggregate summarises answers on one scale.")));
		return state;
	}
	rating_check_scale(low, high);
	state = MemoryContextAllocZero(svc_aggregate_context(fcinfo,
														 "rating transition"),
								   sizeof(RatingSummary));
	state->low = low;
	state->high = high;
	return state;
}

/*
 * A whole-number answer from a numeric: half points and other fractions,
 * NaN and infinities are errors.
 */
static int64
rating_numeric_answer(Numeric score, const RatingSummary *state)
{
	double		approx = numeric_answer_value(score, "rating");

	if (approx != floor(approx) || approx < state->low ||
		approx > state->high ||
		numeric_answer_compare(score, (int64) approx) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("rating %s is not a point of the scale",
						numeric_answer_text(score)),
				 errdetail("Expected a whole number between %d and %d.",
						   state->low, state->high)));
	return (int64) approx;
}

/*
 * Add delta (+1 or -1) to the count of an answer.
 */
static inline void
rating_count(RatingSummary *state, int64 score, int64 delta)
{
	rating_check_answer(score, state);
	state->counts[score - state->low] += delta;
}

/*
 * Transition for smallint answers.
 */
Datum
rating_int2_transition(PG_FUNCTION_ARGS)
{
	RatingSummary *state = rating_state(fcinfo);

	if (!PG_ARGISNULL(1))
		rating_count(state, PG_GETARG_INT16(1), 1);
	PG_RETURN_POINTER(state);
}

/*
 * Transition for integer answers.
 */
Datum
rating_int4_transition(PG_FUNCTION_ARGS)
{
	RatingSummary *state = rating_state(fcinfo);

	if (!PG_ARGISNULL(1))
		rating_count(state, PG_GETARG_INT32(1), 1);
	PG_RETURN_POINTER(state);
}

/*
 * Transition for numeric answers, which must be whole points.
 */
Datum
rating_numeric_transition(PG_FUNCTION_ARGS)
{
	RatingSummary *state = rating_state(fcinfo);

	if (!PG_ARGISNULL(1))
		rating_count(state,
					 rating_numeric_answer(PG_GETARG_NUMERIC(1), state), 1);
	PG_RETURN_POINTER(state);
}

/*
 * Inverse transition for smallint answers leaving a moving window.
 */
Datum
rating_int2_inverse(PG_FUNCTION_ARGS)
{
	RatingSummary *state = rating_state(fcinfo);

	if (!PG_ARGISNULL(1))
		rating_count(state, PG_GETARG_INT16(1), -1);
	PG_RETURN_POINTER(state);
}

/*
 * Inverse transition for integer answers leaving a moving window.
 */
Datum
rating_int4_inverse(PG_FUNCTION_ARGS)
{
	RatingSummary *state = rating_state(fcinfo);

	if (!PG_ARGISNULL(1))
		rating_count(state, PG_GETARG_INT32(1), -1);
	PG_RETURN_POINTER(state);
}

/*
 * Inverse transition for numeric answers leaving a moving window.
 */
Datum
rating_numeric_inverse(PG_FUNCTION_ARGS)
{
	RatingSummary *state = rating_state(fcinfo);

	if (!PG_ARGISNULL(1))
		rating_count(state,
					 rating_numeric_answer(PG_GETARG_NUMERIC(1), state), -1);
	PG_RETURN_POINTER(state);
}

/*
 * Serialise a state for a parallel worker.
 */
Datum
rating_serialize(PG_FUNCTION_ARGS)
{
	return fixed_state_serialize(fcinfo, sizeof(RatingSummary));
}

/*
 * Read back a state serialised by rating_serialize.
 */
Datum
rating_deserialize(PG_FUNCTION_ARGS)
{
	return fixed_state_deserialize(fcinfo, sizeof(RatingSummary));
}

/*
 * Merge the second summary into the first: combine function of
 * rating_agg (on internal states) and transition of
 * rollup(rating_summary).  Summaries of
 * different scales do not merge.
 */
Datum
rating_summary_merge(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext = svc_aggregate_context(fcinfo,
													 "rating_summary_merge");
	RatingSummary *state;
	RatingSummary *other;
	int64		total = 0;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	other = (RatingSummary *) PG_GETARG_POINTER(1);
	if (PG_ARGISNULL(0))
	{
		state = MemoryContextAlloc(aggcontext, sizeof(RatingSummary));
		memcpy(state, other, sizeof(RatingSummary));
		PG_RETURN_POINTER(state);
	}
	state = (RatingSummary *) PG_GETARG_POINTER(0);

	if (state->low != other->low || state->high != other->high)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot roll up rating summaries of scales %d..%d and %d..%d",
						state->low, state->high, other->low, other->high),
				 errhint("Roll up summaries of each scale separately, or compare their normalised scores.")));
	for (int i = 0; i < RATING_MAX_POINTS; i++)
	{
		state->counts[i] = svc_add_counts(state->counts[i], other->counts[i],
										  "rating");
		total = svc_add_counts(total, state->counts[i], "response");
	}
	PG_RETURN_POINTER(state);
}

/*
 * Final function of rating_agg and rollup: the summary, or NULL when no
 * answer was counted.
 */
Datum
rating_summary_final(PG_FUNCTION_ARGS)
{
	RatingSummary *result;

	if (PG_ARGISNULL(0) ||
		rating_responses((RatingSummary *) PG_GETARG_POINTER(0)) == 0)
		PG_RETURN_NULL();
	result = palloc(sizeof(RatingSummary));
	memcpy(result, PG_GETARG_POINTER(0), sizeof(RatingSummary));
	PG_RETURN_POINTER(result);
}
