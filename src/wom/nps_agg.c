/*-------------------------------------------------------------------------
 *
 * nps_agg.c
 *	  Aggregate support for nps(), nps_agg() and rollup(nps_summary):
 *	  transition, inverse (moving-window), combine, serialise and final
 *	  functions.
 *
 * The transition state of nps() and nps_agg() is an NpsSummary kept as
 * `internal` and updated in place in the aggregate's memory context; as
 * an internal value it passes by value through the executor and cannot
 * be handed in from SQL.  A state is made on the first row, even for a
 * NULL answer, since moving-window transitions may not return NULL.
 * Counting transitions are exact and their inverse steps always succeed,
 * so a moving window costs O(1) per row.  Weighted transitions add
 * floating-point weights; an inverse step is taken only while every
 * addition so far was exact (checked with Knuth's TwoSum), otherwise it
 * returns NULL and PostgreSQL recomputes the frame, so a moving window
 * never drifts from the direct result.
 *
 *-------------------------------------------------------------------------
 */
#include "wom.h"

#include <math.h>

PG_FUNCTION_INFO_V1(nps_int2_transition);
PG_FUNCTION_INFO_V1(nps_int4_transition);
PG_FUNCTION_INFO_V1(nps_numeric_transition);
PG_FUNCTION_INFO_V1(nps_float8_transition);
PG_FUNCTION_INFO_V1(nps_int2_inverse);
PG_FUNCTION_INFO_V1(nps_int4_inverse);
PG_FUNCTION_INFO_V1(nps_numeric_inverse);
PG_FUNCTION_INFO_V1(nps_float8_inverse);
PG_FUNCTION_INFO_V1(nps_numeric_weighted_transition);
PG_FUNCTION_INFO_V1(nps_float8_weighted_transition);
PG_FUNCTION_INFO_V1(nps_numeric_weighted_inverse);
PG_FUNCTION_INFO_V1(nps_float8_weighted_inverse);
PG_FUNCTION_INFO_V1(nps_combine);
PG_FUNCTION_INFO_V1(nps_serialize);
PG_FUNCTION_INFO_V1(nps_deserialize);
PG_FUNCTION_INFO_V1(nps_summary_merge);
PG_FUNCTION_INFO_V1(nps_summary_final);
PG_FUNCTION_INFO_V1(nps_final);

/*
 * The state to update in place: the one passed in, or a new empty one
 * with the given flags in the aggregate's context.
 */
static inline NpsSummary *
nps_state(FunctionCallInfo fcinfo, int32 flags)
{
	NpsSummary *state;

	if (likely(!PG_ARGISNULL(0)))
		return (NpsSummary *) PG_GETARG_POINTER(0);
	state = MemoryContextAllocZero(svc_aggregate_context(fcinfo,
														 "nps transition"),
								   sizeof(NpsSummary));
	state->flags = flags;
	return state;
}

/*
 * The class of an integer answer, with the range check on the way.  A
 * table rather than comparisons, so that answers in random order cost no
 * mispredicted branches.
 */
static inline NpsClass
nps_class_of_int(int32 score)
{
	static const uint8 classes[11] = {
		NPS_DETRACTOR, NPS_DETRACTOR, NPS_DETRACTOR, NPS_DETRACTOR,
		NPS_DETRACTOR, NPS_DETRACTOR, NPS_DETRACTOR,
		NPS_PASSIVE, NPS_PASSIVE, NPS_PROMOTER, NPS_PROMOTER
	};

	if ((uint32) score > 10)
		svc_require_between(score, 0, 10, "NPS answer");
	return (NpsClass) classes[score];
}

/*
 * The class of a floating-point answer; NaN, infinities and values
 * outside 0..10 are errors.
 */
static NpsClass
nps_class_of_float8(double score)
{
	svc_require_between(score, 0, 10, "NPS answer");
	return nps_class_of(score);
}

/*
 * The class of a numeric answer.  The nearest double orders the same way
 * as the numeric against the whole-number class limits, except when it
 * equals a limit, which is then compared exactly: 8.99999999999999999999
 * is a passive and 9.00000000000000000001 a promoter, though both round
 * to 9; 10.00000000000000000001 is out of range.
 */
static NpsClass
nps_class_of_numeric(Numeric score)
{
	double		approx = numeric_answer_value(score, "NPS answer");

	if (approx < 0 || approx > 10 ||
		(approx == 0 && numeric_answer_compare(score, 0) < 0) ||
		(approx == 10 && numeric_answer_compare(score, 10) > 0))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("NPS answer %s is out of range",
						numeric_answer_text(score)),
				 errdetail("Expected a value between 0 and 10.")));
	if (approx == 9)
		return numeric_answer_compare(score, 9) < 0 ? NPS_PASSIVE :
			NPS_PROMOTER;
	if (approx == 6)
		return numeric_answer_compare(score, 6) > 0 ? NPS_PASSIVE :
			NPS_DETRACTOR;
	return nps_class_of(approx);
}

/*
 * Count an answer of the given class in (delta +1) or out (delta -1).
 */
static inline Datum
nps_count(NpsSummary *state, NpsClass class, int64 delta)
{
	state->counts[class] += delta;
	PG_RETURN_POINTER(state);
}

/*
 * Transition for smallint answers.
 */
Datum
nps_int2_transition(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_state(fcinfo, 0);

	if (PG_ARGISNULL(1))
		PG_RETURN_POINTER(state);
	return nps_count(state, nps_class_of_int(PG_GETARG_INT16(1)), 1);
}

/*
 * Transition for integer answers: a range check and a table lookup.
 */
Datum
nps_int4_transition(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_state(fcinfo, 0);

	if (PG_ARGISNULL(1))
		PG_RETURN_POINTER(state);
	return nps_count(state, nps_class_of_int(PG_GETARG_INT32(1)), 1);
}

/*
 * Transition for numeric answers, which may be fractional.
 */
Datum
nps_numeric_transition(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_state(fcinfo, 0);

	if (PG_ARGISNULL(1))
		PG_RETURN_POINTER(state);
	return nps_count(state, nps_class_of_numeric(PG_GETARG_NUMERIC(1)), 1);
}

/*
 * Transition for double precision answers.
 */
Datum
nps_float8_transition(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_state(fcinfo, 0);

	if (PG_ARGISNULL(1))
		PG_RETURN_POINTER(state);
	return nps_count(state, nps_class_of_float8(PG_GETARG_FLOAT8(1)), 1);
}

/*
 * Inverse transition for smallint answers leaving a moving window.
 */
Datum
nps_int2_inverse(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_state(fcinfo, 0);

	if (PG_ARGISNULL(1))
		PG_RETURN_POINTER(state);
	return nps_count(state, nps_class_of_int(PG_GETARG_INT16(1)), -1);
}

/*
 * Inverse transition for integer answers leaving a moving window.
 */
Datum
nps_int4_inverse(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_state(fcinfo, 0);

	if (PG_ARGISNULL(1))
		PG_RETURN_POINTER(state);
	return nps_count(state, nps_class_of_int(PG_GETARG_INT32(1)), -1);
}

/*
 * Inverse transition for numeric answers leaving a moving window.
 */
Datum
nps_numeric_inverse(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_state(fcinfo, 0);

	if (PG_ARGISNULL(1))
		PG_RETURN_POINTER(state);
	return nps_count(state, nps_class_of_numeric(PG_GETARG_NUMERIC(1)), -1);
}

/*
 * Inverse transition for double precision answers leaving a moving window.
 */
Datum
nps_float8_inverse(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_state(fcinfo, 0);

	if (PG_ARGISNULL(1))
		PG_RETURN_POINTER(state);
	return nps_count(state, nps_class_of_float8(PG_GETARG_FLOAT8(1)), -1);
}

/*
 * a + b, and whether it was computed without rounding (Knuth's TwoSum:
 * the rounding error of the sum is exactly representable, so it is zero
 * exactly when the sum is exact).
 */
static double
exact_sum(double a, double b, bool *exact)
{
	double		sum = a + b;
	double		b_part = sum - a;
	double		a_part = sum - b_part;

	*exact = (a - a_part) + (b - b_part) == 0;
	return sum;
}

/*
 * Add (sign +1) or remove (sign -1) one weighted answer of the given
 * class, whose weight is argument 2; returns false when a sum had to be
 * rounded.  NaN, infinite and negative weights and sums that overflow
 * are errors.
 */
static bool
nps_weigh(FunctionCallInfo fcinfo, NpsSummary *state, NpsClass class,
		  int sign)
{
	double		weight = PG_GETARG_FLOAT8(2);
	double	   *sum = &state->weights[class];
	double		square;
	bool		exact_class;
	bool		exact_squares;

	svc_require_nonnegative(weight, "NPS weight");
	square = weight * weight;
	*sum = exact_sum(*sum, sign * weight, &exact_class);
	state->weight_squares = exact_sum(state->weight_squares, sign * square,
									  &exact_squares);
	if (isinf(*sum) || isinf(state->weight_squares))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("NPS weight sum is out of range"),
				 errdetail("Adding the weight %s overflows a double precision sum.",
						   svc_format_double(weight))));
	state->counts[class] += sign;
	return exact_class && exact_squares && fma(weight, weight, -square) == 0;
}

/*
 * Add a weighted answer of the given class.
 */
static Datum
nps_weighted_add(FunctionCallInfo fcinfo, NpsSummary *state, NpsClass class)
{
	if (!nps_weigh(fcinfo, state, class, 1))
		state->flags |= NPS_INEXACT;
	PG_RETURN_POINTER(state);
}

/*
 * Remove a weighted answer of the given class from a moving window, or
 * return NULL (recompute the frame) when that cannot be done exactly.
 */
static Datum
nps_weighted_remove(FunctionCallInfo fcinfo, NpsSummary *state,
					NpsClass class)
{
	if ((state->flags & NPS_INEXACT) || !nps_weigh(fcinfo, state, class, -1))
		PG_RETURN_NULL();
	PG_RETURN_POINTER(state);
}

/*
 * Transition for a weighted numeric answer; a row with a NULL answer or
 * weight is skipped.
 */
Datum
nps_numeric_weighted_transition(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_state(fcinfo, NPS_WEIGHTED);

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(state);
	return nps_weighted_add(fcinfo, state,
							nps_class_of_numeric(PG_GETARG_NUMERIC(1)));
}

/*
 * Transition for a weighted double precision answer.
 */
Datum
nps_float8_weighted_transition(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_state(fcinfo, NPS_WEIGHTED);

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(state);
	return nps_weighted_add(fcinfo, state,
							nps_class_of_float8(PG_GETARG_FLOAT8(1)));
}

/*
 * Inverse transition for a weighted numeric answer.
 */
Datum
nps_numeric_weighted_inverse(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_state(fcinfo, NPS_WEIGHTED);

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(state);
	return nps_weighted_remove(fcinfo, state,
							   nps_class_of_numeric(PG_GETARG_NUMERIC(1)));
}

/*
 * Inverse transition for a weighted double precision answer.
 */
Datum
nps_float8_weighted_inverse(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_state(fcinfo, NPS_WEIGHTED);

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(state);
	return nps_weighted_remove(fcinfo, state,
							   nps_class_of_float8(PG_GETARG_FLOAT8(1)));
}

/*
 * Serialise a state for a parallel worker.
 */
Datum
nps_serialize(PG_FUNCTION_ARGS)
{
	return fixed_state_serialize(fcinfo, sizeof(NpsSummary));
}

/*
 * Read back a state serialised by nps_serialize.
 */
Datum
nps_deserialize(PG_FUNCTION_ARGS)
{
	return fixed_state_deserialize(fcinfo, sizeof(NpsSummary));
}

/*
 * Merge the second summary into the first: the combine function of the
 * NPS aggregates (on internal states) and the transition of
 * rollup(nps_summary).  Counts are added with overflow checks; weighted
 * and unweighted summaries do not mix.
 */
Datum
nps_summary_merge(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext = svc_aggregate_context(fcinfo,
													 "nps_summary_merge");
	static const char *const class_names[NPS_CLASSES] = {
		"detractor", "passive", "promoter"
	};
	NpsSummary *state;
	NpsSummary *other;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	other = (NpsSummary *) PG_GETARG_POINTER(1);
	if (PG_ARGISNULL(0))
	{
		state = MemoryContextAlloc(aggcontext, sizeof(NpsSummary));
		memcpy(state, other, sizeof(NpsSummary));
		PG_RETURN_POINTER(state);
	}
	state = (NpsSummary *) PG_GETARG_POINTER(0);

	if ((state->flags & NPS_WEIGHTED) != (other->flags & NPS_WEIGHTED))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot roll up a weighted and an unweighted nps_summary"),
				 errdetail("A weighted summary holds sums of survey weights, an unweighted one counts answers."),
				 errhint("Roll up weighted and unweighted summaries separately.")));

	for (int class = 0; class < NPS_CLASSES; class++)
		state->counts[class] = svc_add_counts(state->counts[class],
											  other->counts[class],
											  class_names[class]);
	(void) nps_responses(state);	/* the total must fit a count too */

	if (state->flags & NPS_WEIGHTED)
	{
		for (int class = 0; class < NPS_CLASSES; class++)
			state->weights[class] += other->weights[class];
		state->weight_squares += other->weight_squares;
		if (isinf(state->weights[0]) || isinf(state->weights[1]) ||
			isinf(state->weights[2]) || isinf(state->weight_squares))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("NPS weight sum is out of range"),
					 errdetail("The merged weight sums overflow a double precision sum.")));
		state->flags |= NPS_INEXACT;
	}
	PG_RETURN_POINTER(state);
}

/*
 * Final function of nps_agg() and rollup(): the summary, or NULL when no
 * answer was counted.  The summary is copied so that the state stays
 * untouched.
 */
Datum
nps_summary_final(PG_FUNCTION_ARGS)
{
	NpsSummary *state;
	NpsSummary *result;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	state = (NpsSummary *) PG_GETARG_POINTER(0);
	if (nps_responses(state) == 0)
		PG_RETURN_NULL();
	result = palloc(sizeof(NpsSummary));
	memcpy(result, state, sizeof(NpsSummary));
	result->flags &= ~NPS_INEXACT;
	PG_RETURN_POINTER(result);
}

/*
 * Final function of nps(): the score in points, or NULL when there is no
 * answer (or only answers of zero weight).
 */
Datum
nps_final(PG_FUNCTION_ARGS)
{
	NpsShares	shares;

	if (PG_ARGISNULL(0) ||
		!nps_shares((NpsSummary *) PG_GETARG_POINTER(0), &shares))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(shares.points);
}
