/*-------------------------------------------------------------------------
 *
 * weighted_score.c
 *	  The weighted_score(score, weight) aggregate: sum(w * s) / sum(w)
 *	  over the rows where both are present.
 *
 * The state holds the number of rows counted and two exact accumulators
 * (exact_sum.c), one for the products w * s and one for the weights.
 * Each product is rounded to a double once, as in plain SQL; the sums are
 * exact.  So the inverse transition of the moving-window form undoes a
 * row exactly, and serial, parallel and windowed plans all give the same
 * bits: the two totals each rounded to 53 bits, then divided.  The totals
 * keep their exponents apart until the division, so sums beyond the range
 * of doubles still give their (finite) mean.
 *
 *-------------------------------------------------------------------------
 */
#include "svcindex.h"

#include <math.h>

#include "exact_sum.h"

PG_FUNCTION_INFO_V1(svc_weighted_score_transition);
PG_FUNCTION_INFO_V1(svc_weighted_score_inverse);
PG_FUNCTION_INFO_V1(svc_weighted_score_combine);
PG_FUNCTION_INFO_V1(svc_weighted_score_serialize);
PG_FUNCTION_INFO_V1(svc_weighted_score_deserialize);
PG_FUNCTION_INFO_V1(svc_weighted_score_final);

typedef struct WeightedScoreState
{
	int64		rows;			/* rows with both score and weight */
	SvcExactSum weighted;		/* sum of weight * score */
	SvcExactSum weights;		/* sum of weight */
} WeightedScoreState;

/*
 * Allocate an empty state in the aggregate's memory context.
 */
static WeightedScoreState *
weighted_score_new_state(FunctionCallInfo fcinfo, const char *fname)
{
	MemoryContext aggcontext = svc_aggregate_context(fcinfo, fname);
	WeightedScoreState *state;

	state = MemoryContextAlloc(aggcontext, sizeof(WeightedScoreState));
	state->rows = 0;
	svc_exact_init(&state->weighted);
	svc_exact_init(&state->weights);
	return state;
}

/*
 * Report what is wrong with a row's score or weight; called only once the
 * quick test in weighted_score_step has found a problem.
 */
static void
weighted_score_reject(double score, double weight)
{
	svc_require_finite(score, "score");
	svc_require_nonnegative(weight, "weight");
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("weight %s times score %s is out of range",
					svc_format_double(weight), svc_format_double(score)),
			 errdetail("The product is beyond the range of double precision.")));
}

/*
 * Add or remove one row; rows missing a score or a weight are skipped.
 * A negative weight, a non-finite value or a product beyond the range of
 * doubles is an error.  This runs once a row, so the checks are one quick
 * test, with the messages built only when it fails.
 */
static Datum
weighted_score_step(FunctionCallInfo fcinfo, const char *fname, bool remove)
{
	WeightedScoreState *state;
	double		score;
	double		weight;
	double		product;

	/* The state pointer only ever comes from an aggregate. */
	if (PG_ARGISNULL(0))
		state = weighted_score_new_state(fcinfo, fname);
	else
		state = (WeightedScoreState *) PG_GETARG_POINTER(0);

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(state);

	score = PG_GETARG_FLOAT8(1);
	weight = PG_GETARG_FLOAT8(2);
	product = weight * score;
	/* A NaN or an infinity in either makes the product non-finite. */
	if (unlikely(!isfinite(product) || weight < 0))
		weighted_score_reject(score, weight);

	svc_exact_add(&state->weighted, product, remove);
	svc_exact_add(&state->weights, weight, remove);
	state->rows += remove ? -1 : 1;
	PG_RETURN_POINTER(state);
}

/*
 * Transition: add one row.
 */
Datum
svc_weighted_score_transition(PG_FUNCTION_ARGS)
{
	return weighted_score_step(fcinfo, "weighted_score_transition", false);
}

/*
 * Inverse transition for moving windows: remove a row added earlier.
 * The accumulators are exact, so this never has to give up.
 */
Datum
svc_weighted_score_inverse(PG_FUNCTION_ARGS)
{
	return weighted_score_step(fcinfo, "weighted_score_inverse", true);
}

/*
 * Combine two partial states from parallel workers.
 */
Datum
svc_weighted_score_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	WeightedScoreState *into;
	WeightedScoreState *from;

	aggcontext = svc_aggregate_context(fcinfo, "weighted_score_combine");
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	from = (WeightedScoreState *) PG_GETARG_POINTER(1);
	if (PG_ARGISNULL(0))
	{
		into = MemoryContextAlloc(aggcontext, sizeof(WeightedScoreState));
		memcpy(into, from, sizeof(WeightedScoreState));
		PG_RETURN_POINTER(into);
	}

	into = (WeightedScoreState *) PG_GETARG_POINTER(0);
	into->rows = svc_add_counts(into->rows, from->rows, "weighted_score row");
	svc_exact_merge(&into->weighted, &from->weighted);
	svc_exact_merge(&into->weights, &from->weights);
	PG_RETURN_POINTER(into);
}

/*
 * Serialise a partial state to bytea: the state's bytes as they are.
 */
Datum
svc_weighted_score_serialize(PG_FUNCTION_ARGS)
{
	WeightedScoreState *state;
	bytea	   *result;

	svc_aggregate_context(fcinfo, "weighted_score_serialize");
	state = (WeightedScoreState *) PG_GETARG_POINTER(0);
	result = palloc(VARHDRSZ + sizeof(WeightedScoreState));
	SET_VARSIZE(result, VARHDRSZ + sizeof(WeightedScoreState));
	memcpy(VARDATA(result), state, sizeof(WeightedScoreState));
	PG_RETURN_BYTEA_P(result);
}

/*
 * Read a partial state back from the bytea written by the serialiser.
 */
Datum
svc_weighted_score_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	bytea	   *data;
	WeightedScoreState *state;

	aggcontext = svc_aggregate_context(fcinfo, "weighted_score_deserialize");
	data = PG_GETARG_BYTEA_PP(0);
	if (VARSIZE_ANY_EXHDR(data) != sizeof(WeightedScoreState))
		elog(ERROR, "weighted_score partial state has %zu bytes, expected %zu",
			 (size_t) VARSIZE_ANY_EXHDR(data), sizeof(WeightedScoreState));

	state = MemoryContextAlloc(aggcontext, sizeof(WeightedScoreState));
	memcpy(state, VARDATA_ANY(data), sizeof(WeightedScoreState));
	PG_RETURN_POINTER(state);
}

/*
 * Final: the weighted mean, or NULL when no row had both values or every
 * weight was zero.
 */
Datum
svc_weighted_score_final(PG_FUNCTION_ARGS)
{
	WeightedScoreState *state;
	double		weighted;
	double		weights;
	int			weighted_exponent;
	int			weights_exponent;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	state = (WeightedScoreState *) PG_GETARG_POINTER(0);
	if (state->rows == 0 || svc_exact_is_zero(&state->weights))
		PG_RETURN_NULL();

	weighted = svc_exact_fraction(&state->weighted, &weighted_exponent);
	weights = svc_exact_fraction(&state->weights, &weights_exponent);
	PG_RETURN_FLOAT8(ldexp(weighted / weights,
						   weighted_exponent - weights_exponent));
}
