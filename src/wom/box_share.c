/*-------------------------------------------------------------------------
 *
 * box_share.c
 *	  The share aggregates csat(), top_box() and bottom_box(): the
 *	  percentage of integer answers falling in a band of a rating scale.
 *
 * The state is a BoxShareState kept as `internal` and updated in place:
 * the scale and the parameter of the first row, the band they give, and
 * exact counts, so inverse steps for moving windows always succeed.
 * Later rows must give the same scale and parameter.
 *
 *-------------------------------------------------------------------------
 */
#include "wom.h"

PG_FUNCTION_INFO_V1(csat_transition);
PG_FUNCTION_INFO_V1(csat_inverse);
PG_FUNCTION_INFO_V1(top_box_transition);
PG_FUNCTION_INFO_V1(top_box_inverse);
PG_FUNCTION_INFO_V1(bottom_box_transition);
PG_FUNCTION_INFO_V1(bottom_box_inverse);
PG_FUNCTION_INFO_V1(box_share_combine);
PG_FUNCTION_INFO_V1(box_share_serialize);
PG_FUNCTION_INFO_V1(box_share_deserialize);
PG_FUNCTION_INFO_V1(box_share_final);

/* Which band of the scale an aggregate counts. */
typedef enum BoxKind
{
	BOX_AT_LEAST,				/* csat: answers >= threshold */
	BOX_TOP,					/* top_box: the top k points */
	BOX_BOTTOM					/* bottom_box: the bottom k points */
} BoxKind;

typedef struct BoxShareState
{
	int32		set;			/* 1 once a row has given the scale */
	int32		low;			/* the scale */
	int32		high;
	int32		parameter;		/* threshold or number of boxes */
	int32		from;			/* the band counted, both ends included */
	int32		to;
	int64		hits;			/* answers in the band */
	int64		answers;		/* all answers */
} BoxShareState;

/*
 * The band [from, to] an aggregate counts, from its parameter, which must
 * fit the scale.
 */
static void
box_band(BoxKind kind, BoxShareState *state)
{
	int32		points = state->high - state->low + 1;

	if (kind == BOX_AT_LEAST)
	{
		if (state->parameter < state->low || state->parameter > state->high)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("threshold %d is outside the scale %d..%d",
							state->parameter, state->low, state->high)));
		state->from = state->parameter;
		state->to = state->high;
		return;
	}
	if (state->parameter < 1 || state->parameter > points)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("number of boxes %d is out of range",
						state->parameter),
				 errdetail("Expected a number between 1 and %d for the scale %d..%d.",
						   points, state->low, state->high)));
	state->from = kind == BOX_TOP ? state->high - state->parameter + 1 :
		state->low;
	state->to = kind == BOX_TOP ? state->high :
		state->low + state->parameter - 1;
}

/*
 * Add (delta +1) or remove (delta -1) one answer.  The first row with an
 * answer fixes scale and band; the state is made even for a NULL answer,
 * as moving windows require.
 */
static Datum
box_share_step(FunctionCallInfo fcinfo, BoxKind kind, int64 delta)
{
	BoxShareState *state;
	int32		score;

	if (PG_ARGISNULL(0))
		state = MemoryContextAllocZero(svc_aggregate_context(fcinfo,
															 "box_share_step"),
									   sizeof(BoxShareState));
	else
		state = (BoxShareState *) PG_GETARG_POINTER(0);
	if (PG_ARGISNULL(1))
		PG_RETURN_POINTER(state);
	if (PG_ARGISNULL(2) || PG_ARGISNULL(3) || PG_ARGISNULL(4))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("rating scale bounds and band must not be NULL")));

	if (unlikely(!state->set))
	{
		state->low = PG_GETARG_INT32(2);
		state->high = PG_GETARG_INT32(3);
		state->parameter = PG_GETARG_INT32(4);
		rating_check_scale(state->low, state->high);
		box_band(kind, state);
		state->set = 1;
	}
	else if (state->low != PG_GETARG_INT32(2) ||
			 state->high != PG_GETARG_INT32(3) ||
			 state->parameter != PG_GETARG_INT32(4))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rating scale or band differs from that of earlier rows"),
				 errdetail("One aggregate counts one band of one scale.")));

	score = PG_GETARG_INT32(1);
	if (score < state->low || score > state->high)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("rating %d is out of range", score),
				 errdetail("Expected a whole number between %d and %d.",
						   state->low, state->high)));
	state->hits += (score >= state->from && score <= state->to) ? delta : 0;
	state->answers += delta;
	PG_RETURN_POINTER(state);
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
 * Combine two partial states of a share aggregate; a state that has seen
 * no answer takes the other's scale and band.
 */
Datum
box_share_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext = svc_aggregate_context(fcinfo,
													 "box_share_combine");
	BoxShareState *state;
	BoxShareState *other;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	other = (BoxShareState *) PG_GETARG_POINTER(1);
	if (PG_ARGISNULL(0))
	{
		state = MemoryContextAlloc(aggcontext, sizeof(BoxShareState));
		memcpy(state, other, sizeof(BoxShareState));
		PG_RETURN_POINTER(state);
	}
	state = (BoxShareState *) PG_GETARG_POINTER(0);
	if (!other->set)
		PG_RETURN_POINTER(state);
	if (!state->set)
	{
		memcpy(state, other, sizeof(BoxShareState));
		PG_RETURN_POINTER(state);
	}

	if (state->low != other->low || state->high != other->high ||
		state->from != other->from || state->to != other->to)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rating scale or band differs between partial results"),
				 errdetail("One aggregate counts one band of one scale.")));
	state->hits = svc_add_counts(state->hits, other->hits, "hit");
	state->answers = svc_add_counts(state->answers, other->answers,
									"response");
	PG_RETURN_POINTER(state);
}

/*
 * Serialise a state for a parallel worker.
 */
Datum
box_share_serialize(PG_FUNCTION_ARGS)
{
	return fixed_state_serialize(fcinfo, sizeof(BoxShareState));
}

/*
 * Read back a state serialised by box_share_serialize.
 */
Datum
box_share_deserialize(PG_FUNCTION_ARGS)
{
	return fixed_state_deserialize(fcinfo, sizeof(BoxShareState));
}

/*
 * The percentage of answers in the band; NULL when there is none.
 */
Datum
box_share_final(PG_FUNCTION_ARGS)
{
	BoxShareState *state;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	state = (BoxShareState *) PG_GETARG_POINTER(0);
	if (state->answers == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(100.0 * (double) state->hits / (double) state->answers);
}
