/*-------------------------------------------------------------------------
 *
 * box_share.c
 *	  The share aggregates csat(), top_box() and bottom_box(): the
 *	  percentage of integer answers falling in a band of a rating scale.
 *
 * The state is a bigint[7] updated in place:
 *
 *		{scale set (0/1), low, high, band from, band to, hits, answers}
 *
 * Counting is exact, so inverse steps for moving windows always succeed.
 * Scale and band come from the arguments and must be the same in every
 * row of a group.
 *
 *-------------------------------------------------------------------------
 */
#include "wom.h"

#include "catalog/pg_type_d.h"
#include "utils/array.h"

PG_FUNCTION_INFO_V1(csat_transition);
PG_FUNCTION_INFO_V1(csat_inverse);
PG_FUNCTION_INFO_V1(top_box_transition);
PG_FUNCTION_INFO_V1(top_box_inverse);
PG_FUNCTION_INFO_V1(bottom_box_transition);
PG_FUNCTION_INFO_V1(bottom_box_inverse);
PG_FUNCTION_INFO_V1(box_share_merge);
PG_FUNCTION_INFO_V1(box_share_final);

#define BOX_STATE_LEN	7

enum
{
	BOX_SET,
	BOX_LOW,
	BOX_HIGH,
	BOX_FROM,
	BOX_TO,
	BOX_HITS,
	BOX_ANSWERS
};

/* Which band of the scale an aggregate counts. */
typedef enum BoxKind
{
	BOX_AT_LEAST,				/* csat: answers >= threshold */
	BOX_TOP,					/* top_box: the top k points */
	BOX_BOTTOM					/* bottom_box: the bottom k points */
} BoxKind;

/*
 * The int64 elements of a state array, which must be one the aggregate
 * made.
 */
static int64 *
box_state_values(ArrayType *state)
{
	if (ARR_NDIM(state) != 1 || ARR_DIMS(state)[0] != BOX_STATE_LEN ||
		ARR_HASNULL(state) || ARR_ELEMTYPE(state) != INT8OID)
		elog(ERROR, "box share state must be a bigint[%d] without NULLs",
			 BOX_STATE_LEN);
	return (int64 *) ARR_DATA_PTR(state);
}

/*
 * The band [from, to] an aggregate counts, from its parameter, which must
 * fit the scale.
 */
static void
box_band(BoxKind kind, int32 low, int32 high, int32 parameter,
		 int64 *from, int64 *to)
{
	if (kind == BOX_AT_LEAST)
	{
		if (parameter < low || parameter > high)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("threshold %d is outside the scale %d..%d",
							parameter, low, high)));
		*from = parameter;
		*to = high;
		return;
	}
	if (parameter < 1 || parameter > high - low + 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("number of boxes %d is out of range", parameter),
				 errdetail("Expected a number between 1 and %d for the scale %d..%d.",
						   high - low + 1, low, high)));
	*from = kind == BOX_TOP ? (int64) high - parameter + 1 : low;
	*to = kind == BOX_TOP ? high : (int64) low + parameter - 1;
}

/*
 * Add (delta +1) or remove (delta -1) one answer.
 */
static Datum
box_share_step(FunctionCallInfo fcinfo, BoxKind kind, int64 delta)
{
	ArrayType  *array;
	int64	   *state;
	int32		score;
	int32		low;
	int32		high;
	int64		from;
	int64		to;

	svc_aggregate_context(fcinfo, "box share transition");
	array = PG_GETARG_ARRAYTYPE_P(0);
	state = box_state_values(array);
	if (PG_ARGISNULL(1))
		PG_RETURN_POINTER(array);
	if (PG_ARGISNULL(2) || PG_ARGISNULL(3) || PG_ARGISNULL(4))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("rating scale bounds and band must not be NULL")));
	score = PG_GETARG_INT32(1);
	low = PG_GETARG_INT32(2);
	high = PG_GETARG_INT32(3);
	rating_check_scale(low, high);
	box_band(kind, low, high, PG_GETARG_INT32(4), &from, &to);

	if (!state[BOX_SET])
	{
		state[BOX_SET] = 1;
		state[BOX_LOW] = low;
		state[BOX_HIGH] = high;
		state[BOX_FROM] = from;
		state[BOX_TO] = to;
	}
	else if (state[BOX_LOW] != low || state[BOX_HIGH] != high ||
			 state[BOX_FROM] != from || state[BOX_TO] != to)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rating scale or band differs from that of earlier rows"),
				 errdetail("One aggregate counts one band of one scale.")));

	if (score < low || score > high)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("rating %d is out of range", score),
				 errdetail("Expected a whole number between %d and %d.",
						   low, high)));
	if (score >= from && score <= to)
		state[BOX_HITS] += delta;
	state[BOX_ANSWERS] += delta;
	PG_RETURN_POINTER(array);
}

/*
 * Transition of csat(score, low, high, threshold).
 */
Datum
csat_transition(PG_FUNCTION_ARGS)
{
	return box_share_step(fcinfo, BOX_AT_LEAST, 1);
}

/*
 * Inverse transition of csat() for moving windows.
 */
Datum
csat_inverse(PG_FUNCTION_ARGS)
{
	return box_share_step(fcinfo, BOX_AT_LEAST, -1);
}

/*
 * Transition of top_box(score, low, high, boxes).
 */
Datum
top_box_transition(PG_FUNCTION_ARGS)
{
	return box_share_step(fcinfo, BOX_TOP, 1);
}

/*
 * Inverse transition of top_box() for moving windows.
 */
Datum
top_box_inverse(PG_FUNCTION_ARGS)
{
	return box_share_step(fcinfo, BOX_TOP, -1);
}

/*
 * Transition of bottom_box(score, low, high, boxes).
 */
Datum
bottom_box_transition(PG_FUNCTION_ARGS)
{
	return box_share_step(fcinfo, BOX_BOTTOM, 1);
}

/*
 * Inverse transition of bottom_box() for moving windows.
 */
Datum
bottom_box_inverse(PG_FUNCTION_ARGS)
{
	return box_share_step(fcinfo, BOX_BOTTOM, -1);
}

/*
 * Combine two partial states of a share aggregate.
 */
Datum
box_share_merge(PG_FUNCTION_ARGS)
{
	ArrayType  *array;
	int64	   *state;
	int64	   *other;

	svc_aggregate_context(fcinfo, "box_share_merge");
	array = PG_GETARG_ARRAYTYPE_P(0);
	state = box_state_values(array);
	other = box_state_values(PG_GETARG_ARRAYTYPE_P(1));

	if (!other[BOX_SET])
		PG_RETURN_POINTER(array);
	if (!state[BOX_SET])
		memcpy(state, other, BOX_STATE_LEN * sizeof(int64));
	else
	{
		for (int i = BOX_LOW; i <= BOX_TO; i++)
			if (state[i] != other[i])
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("rating scale or band differs between partial results"),
						 errdetail("One aggregate counts one band of one scale.")));
		state[BOX_HITS] = svc_add_counts(state[BOX_HITS], other[BOX_HITS],
										 "hit");
		state[BOX_ANSWERS] = svc_add_counts(state[BOX_ANSWERS],
											other[BOX_ANSWERS], "response");
	}
	PG_RETURN_POINTER(array);
}

/*
 * The percentage of answers in the band; NULL when there is none.
 */
Datum
box_share_final(PG_FUNCTION_ARGS)
{
	int64	   *state = box_state_values(PG_GETARG_ARRAYTYPE_P(0));

	if (state[BOX_ANSWERS] == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(100.0 * (double) state[BOX_HITS] /
					 (double) state[BOX_ANSWERS]);
}
