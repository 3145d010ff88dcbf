/*-------------------------------------------------------------------------
 *
 * nps_agg.c
 *	  Aggregate support for nps(), nps_agg() and rollup(nps_summary):
 *	  transition, inverse (moving-window) and combine functions.
 *
 * The transition state is an nps_summary updated in place in the
 * aggregate's memory context.  Counting transitions are exact and their
 * inverse steps always succeed, so a moving window costs O(1) per row.
 * Weighted transitions add floating-point weights; an inverse step is
 * taken only while every addition so far was exact (checked with Knuth's
 * TwoSum), otherwise it returns NULL and PostgreSQL recomputes the frame,
 * so a moving window never drifts from the direct result.
 *
 *-------------------------------------------------------------------------
 */
#include "wom.h"

#include <math.h>

#include "utils/numeric.h"

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
PG_FUNCTION_INFO_V1(nps_summary_merge);
PG_FUNCTION_INFO_V1(nps_summary_final);
PG_FUNCTION_INFO_V1(nps_final);

/*
 * The state to update: the one passed in, or a new empty one in the
 * aggregate's context.  Moving-window transitions may not return NULL, so
 * a state is made even when the first answer is NULL.
 */
static NpsSummary *
nps_state(FunctionCallInfo fcinfo, int32 flags)
{
	MemoryContext aggcontext = svc_aggregate_context(fcinfo, "nps transition");
	NpsSummary *state;

	if (!PG_ARGISNULL(0))
		return (NpsSummary *) PG_GETARG_POINTER(0);
	state = MemoryContextAllocZero(aggcontext, sizeof(NpsSummary));
	state->flags = flags;
	return state;
}

/*
 * Add delta (+1 or -1) to the count of one class.
 */
static inline void
nps_count(NpsSummary *state, NpsClass class, int64 delta)
{
	if (class == NPS_PROMOTER)
		state->promoters += delta;
	else if (class == NPS_PASSIVE)
		state->passives += delta;
	else
		state->detractors += delta;
}

/*
 * The class of an integer answer, with the range check on the way.
 */
static inline NpsClass
nps_class_of_int(int32 score)
{
	if ((uint32) score > 10)
		svc_require_between(score, 0, 10, "NPS answer");
	if (score >= 9)
		return NPS_PROMOTER;
	if (score >= 7)
		return NPS_PASSIVE;
	return NPS_DETRACTOR;
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
 * equals a limit, which is then checked exactly (8.99999999999999999999
 * is a passive, 10.00000000000000000001 out of range).
 */
static NpsClass
nps_class_of_numeric(Numeric score)
{
	double		approx = numeric_answer_value(score, "NPS answer");

	if (approx < 0 || approx > 10 ||
		((approx == 0 || approx == 10) &&
		 !numeric_answer_equals(score, (int64) approx)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("NPS answer %s is out of range",
						numeric_answer_text(score)),
				 errdetail("Expected a value between 0 and 10.")));
	if ((approx == 9 || approx == 6) &&
		!numeric_answer_equals(score, (int64) approx))
		return NPS_PASSIVE;
	return nps_class_of(approx);
}

/*
 * Transition for smallint answers.
 */
Datum
nps_int2_transition(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_state(fcinfo, 0);

	if (!PG_ARGISNULL(1))
		nps_count(state, nps_class_of_int(PG_GETARG_INT16(1)), 1);
	PG_RETURN_POINTER(state);
}

/*
 * Transition for integer answers: one range check and one comparison
 * chain per row.
 */
Datum
nps_int4_transition(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_state(fcinfo, 0);

	if (!PG_ARGISNULL(1))
		nps_count(state, nps_class_of_int(PG_GETARG_INT32(1)), 1);
	PG_RETURN_POINTER(state);
}

/*
 * Transition for numeric answers, which may be fractional.
 */
Datum
nps_numeric_transition(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_state(fcinfo, 0);

	if (!PG_ARGISNULL(1))
		nps_count(state, nps_class_of_numeric(PG_GETARG_NUMERIC(1)), 1);
	PG_RETURN_POINTER(state);
}

/*
 * Transition for double precision answers.
 */
Datum
nps_float8_transition(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_state(fcinfo, 0);

	if (!PG_ARGISNULL(1))
		nps_count(state, nps_class_of_float8(PG_GETARG_FLOAT8(1)), 1);
	PG_RETURN_POINTER(state);
}

/*
 * The state an inverse step works on; moving windows never pass NULL.
 */
static NpsSummary *
nps_inverse_state(FunctionCallInfo fcinfo)
{
	svc_aggregate_context(fcinfo, "nps inverse transition");
	if (PG_ARGISNULL(0))
		elog(ERROR, "nps inverse transition called without a state");
	return (NpsSummary *) PG_GETARG_POINTER(0);
}

/*
 * Inverse transition for smallint answers leaving a moving window.
 */
Datum
nps_int2_inverse(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_inverse_state(fcinfo);

	if (!PG_ARGISNULL(1))
		nps_count(state, nps_class_of_int(PG_GETARG_INT16(1)), -1);
	PG_RETURN_POINTER(state);
}

/*
 * Inverse transition for integer answers leaving a moving window.
 */
Datum
nps_int4_inverse(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_inverse_state(fcinfo);

	if (!PG_ARGISNULL(1))
		nps_count(state, nps_class_of_int(PG_GETARG_INT32(1)), -1);
	PG_RETURN_POINTER(state);
}

/*
 * Inverse transition for numeric answers leaving a moving window.
 */
Datum
nps_numeric_inverse(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_inverse_state(fcinfo);

	if (!PG_ARGISNULL(1))
		nps_count(state, nps_class_of_numeric(PG_GETARG_NUMERIC(1)), -1);
	PG_RETURN_POINTER(state);
}

/*
 * Inverse transition for double precision answers leaving a moving window.
 */
Datum
nps_float8_inverse(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_inverse_state(fcinfo);

	if (!PG_ARGISNULL(1))
		nps_count(state, nps_class_of_float8(PG_GETARG_FLOAT8(1)), -1);
	PG_RETURN_POINTER(state);
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
 * The weight sum of one class.
 */
static double *
nps_class_weight(NpsSummary *state, NpsClass class)
{
	if (class == NPS_PROMOTER)
		return &state->promoter_weight;
	if (class == NPS_PASSIVE)
		return &state->passive_weight;
	return &state->detractor_weight;
}

/*
 * Add (sign +1) or remove (sign -1) one weighted answer; returns false
 * when a sum had to be rounded.  Sums that overflow are errors.
 */
static bool
nps_weigh(NpsSummary *state, NpsClass class, double weight, int sign)
{
	double	   *sum = nps_class_weight(state, class);
	double		square = weight * weight;
	bool		exact_class;
	bool		exact_squares;

	*sum = exact_sum(*sum, sign * weight, &exact_class);
	state->weight_squares = exact_sum(state->weight_squares, sign * square,
									  &exact_squares);
	if (isinf(*sum) || isinf(state->weight_squares))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("NPS weight sum is out of range"),
				 errdetail("Adding the weight %s overflows a double precision sum.",
						   svc_format_double(weight))));
	nps_count(state, class, sign);
	return exact_class && exact_squares && fma(weight, weight, -square) == 0;
}

/*
 * A weight, checked: NaN, infinite and negative weights are errors.
 */
static double
nps_weight_arg(FunctionCallInfo fcinfo)
{
	double		weight = PG_GETARG_FLOAT8(2);

	svc_require_nonnegative(weight, "NPS weight");
	return weight;
}

/*
 * Transition for a weighted numeric answer; rows with a NULL answer or a
 * NULL weight are skipped.
 */
Datum
nps_numeric_weighted_transition(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_state(fcinfo, NPS_WEIGHTED);

	if (!PG_ARGISNULL(1) && !PG_ARGISNULL(2))
	{
		NpsClass	class = nps_class_of_numeric(PG_GETARG_NUMERIC(1));

		if (!nps_weigh(state, class, nps_weight_arg(fcinfo), 1))
			state->flags |= NPS_INEXACT;
	}
	PG_RETURN_POINTER(state);
}

/*
 * Transition for a weighted double precision answer.
 */
Datum
nps_float8_weighted_transition(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_state(fcinfo, NPS_WEIGHTED);

	if (!PG_ARGISNULL(1) && !PG_ARGISNULL(2))
	{
		NpsClass	class = nps_class_of_float8(PG_GETARG_FLOAT8(1));

		if (!nps_weigh(state, class, nps_weight_arg(fcinfo), 1))
			state->flags |= NPS_INEXACT;
	}
	PG_RETURN_POINTER(state);
}

/*
 * Remove a weighted answer of the given class from a moving window, or
 * return NULL (recompute the frame) when that cannot be done exactly.
 */
static Datum
nps_unweigh(FunctionCallInfo fcinfo, NpsSummary *state, NpsClass class)
{
	if ((state->flags & NPS_INEXACT) ||
		!nps_weigh(state, class, nps_weight_arg(fcinfo), -1))
		PG_RETURN_NULL();
	PG_RETURN_POINTER(state);
}

/*
 * Inverse transition for a weighted numeric answer.
 */
Datum
nps_numeric_weighted_inverse(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_inverse_state(fcinfo);

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(state);
	return nps_unweigh(fcinfo, state,
					   nps_class_of_numeric(PG_GETARG_NUMERIC(1)));
}

/*
 * Inverse transition for a weighted double precision answer.
 */
Datum
nps_float8_weighted_inverse(PG_FUNCTION_ARGS)
{
	NpsSummary *state = nps_inverse_state(fcinfo);

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(state);
	return nps_unweigh(fcinfo, state,
					   nps_class_of_float8(PG_GETARG_FLOAT8(1)));
}

/*
 * Merge the second summary into the first: the combine function of the
 * NPS aggregates and the transition of rollup(nps_summary).  Counts are
 * added with overflow checks; weighted and unweighted summaries do not
 * mix.
 */
Datum
nps_summary_merge(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext = svc_aggregate_context(fcinfo,
													 "nps_summary_merge");
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

	state->promoters = svc_add_counts(state->promoters, other->promoters,
									  "promoter");
	state->passives = svc_add_counts(state->passives, other->passives,
									 "passive");
	state->detractors = svc_add_counts(state->detractors, other->detractors,
									   "detractor");
	(void) svc_add_counts(svc_add_counts(state->promoters, state->passives,
										 "response"),
						  state->detractors, "response");

	if (state->flags & NPS_WEIGHTED)
	{
		state->promoter_weight += other->promoter_weight;
		state->passive_weight += other->passive_weight;
		state->detractor_weight += other->detractor_weight;
		state->weight_squares += other->weight_squares;
		if (isinf(state->promoter_weight) || isinf(state->passive_weight) ||
			isinf(state->detractor_weight) || isinf(state->weight_squares))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("NPS weight sum is out of range"),
					 errdetail("The merged weight sums overflow a double precision sum.")));
		state->flags |= NPS_INEXACT;
	}
	PG_RETURN_POINTER(state);
}

/*
 * Final function of nps_agg(): the summary, or NULL when no answer was
 * counted.  The summary is copied so that the state stays untouched.
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
