/*-------------------------------------------------------------------------
 *
 * weighted_score_numeric.c
 *	  weighted_score(score numeric, weight numeric): the exact weighted
 *	  mean of numeric columns, equal to the plain numeric query
 *	  sum(s * w) / sum(w) over the rows where both are present, value and
 *	  display scale alike.
 *
 * Scores and weights of up to 18 digits with up to 15 decimals (the
 * numeric(p, s) columns of surveys and audits) are read as scaled
 * integers (numeric_fixed.c), so a row costs an integer product and two
 * 128-bit additions instead of numeric arithmetic.  Each sum is kept as a
 * 128-bit integer at the largest scale seen, plus a numeric that takes
 * what would overflow it and the rows too long to be read as integers
 * ("wide" rows); the two together are exact.
 *
 * The plain query's sums carry the largest display scale of their terms,
 * and numeric division chooses its result scale from its operands' scales.
 * To give the same result in a moving window, where rows leave, the state
 * counts its integer rows per scale, so the largest scale still present is
 * always known.  Wide rows are removed by numeric subtraction; for them
 * each sum keeps only the largest scale and how many wide rows have it
 * (as PostgreSQL's own numeric sum does), so the frame is recomputed only
 * when the last wide row at that scale leaves while other wide rows stay.
 *
 *-------------------------------------------------------------------------
 */
#include "svcindex.h"

#include "numeric_fixed.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"

PG_FUNCTION_INFO_V1(svc_weighted_score_numeric_transition);
PG_FUNCTION_INFO_V1(svc_weighted_score_numeric_inverse);
PG_FUNCTION_INFO_V1(svc_weighted_score_numeric_combine);
PG_FUNCTION_INFO_V1(svc_weighted_score_numeric_serialize);
PG_FUNCTION_INFO_V1(svc_weighted_score_numeric_deserialize);
PG_FUNCTION_INFO_V1(svc_weighted_score_numeric_final);

/* One exact sum: a scaled 128-bit integer plus a numeric overflow. */
typedef struct ExactNumericSum
{
	int128		fixed;			/* the integer part, times 10^scale */
	int32		scale;			/* scale of fixed; only ever grows */
	int32		wide_dscale;	/* largest display scale of wide rows */
	int64		wide_dscale_rows;	/* wide rows with that scale */
	Numeric		wide;			/* the rest, or NULL for zero */
} ExactNumericSum;

/* The fields of the state that are copied as they are. */
typedef struct NumericScoreCounts
{
	int64		rows;			/* rows with both score and weight */
	int64		wide_rows;		/* of which read as numeric */
	int64		product_scale_rows[2 * FIXED_MAX_SCALE + 1];
	int64		weight_scale_rows[FIXED_MAX_SCALE + 1];
} NumericScoreCounts;

typedef struct NumericScoreState
{
	NumericScoreCounts counts;
	ExactNumericSum weighted;	/* sum of weight * score */
	ExactNumericSum weights;	/* sum of weight */
	MemoryContext context;		/* where the wide numerics live */
} NumericScoreState;

/*
 * Make an empty state in the aggregate's memory context.
 */
static NumericScoreState *
numeric_score_new_state(MemoryContext context)
{
	NumericScoreState *state;

	state = MemoryContextAllocZero(context, sizeof(NumericScoreState));
	state->context = context;
	return state;
}

/*
 * Return a + b, as numeric addition gives it.
 */
static Numeric
numeric_plus(Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_add,
											   NumericGetDatum(a),
											   NumericGetDatum(b)));
}

/*
 * Return -a.
 */
static Numeric
numeric_negated(Numeric a)
{
	return DatumGetNumeric(DirectFunctionCall1(numeric_uminus,
											   NumericGetDatum(a)));
}

/*
 * Replace a sum's wide part by wide + addend, keeping the result in the
 * state's memory context.
 */
static void
wide_add(NumericScoreState *state, ExactNumericSum *sum, Numeric addend)
{
	Numeric		total = addend;
	Numeric		kept;

	if (sum->wide != NULL)
		total = numeric_plus(sum->wide, addend);
	kept = MemoryContextAlloc(state->context, VARSIZE(total));
	memcpy(kept, total, VARSIZE(total));
	if (sum->wide != NULL)
		pfree(sum->wide);
	sum->wide = kept;
}

/*
 * Move a sum's integer part into its wide part, when the integer part
 * would overflow.
 */
static void
fixed_fold(NumericScoreState *state, ExactNumericSum *sum)
{
	if (sum->fixed != 0)
		wide_add(state, sum, fixed_to_numeric(sum->fixed, sum->scale));
	sum->fixed = 0;
}

/*
 * Add (or subtract) a scaled integer to a sum, raising the sum's scale
 * when the term's is larger, and folding into the wide part whatever
 * would overflow 128 bits.
 */
static void
exact_add_fixed(NumericScoreState *state, ExactNumericSum *sum,
				int128 term, int scale, bool subtract)
{
	int128		result;

	if (scale > sum->scale)
	{
		if (!fixed_rescale(&sum->fixed, sum->scale, scale))
			fixed_fold(state, sum);
		sum->scale = scale;
	}
	if (!fixed_rescale(&term, scale, sum->scale))
	{
		Numeric		value = fixed_to_numeric(term, scale);

		if (subtract)
			value = numeric_negated(value);
		wide_add(state, sum, value);
		return;
	}
	if (subtract ? __builtin_sub_overflow(sum->fixed, term, &result)
		: __builtin_add_overflow(sum->fixed, term, &result))
	{
		fixed_fold(state, sum);
		result = subtract ? -term : term;
	}
	sum->fixed = result;
}

/*
 * Report a NaN or infinite score or weight, naming the value.
 */
static void
reject_special(Datum value, const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s must be a finite number, got %s", what,
					DatumGetCString(DirectFunctionCall1(numeric_out, value)))));
}

/*
 * Report a negative weight, naming it.
 */
static void
reject_negative_weight(Datum weight)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("weight %s is out of range",
					DatumGetCString(DirectFunctionCall1(numeric_out, weight))),
			 errdetail("Weights must be zero or more.")));
}

/*
 * Count a wide row of the given scale into a sum's largest wide scale, or
 * out of it.
 */
static void
wide_scale_count(ExactNumericSum *sum, int dscale, bool remove)
{
	if (remove)
	{
		if (dscale == sum->wide_dscale)
			sum->wide_dscale_rows--;
	}
	else if (sum->wide_dscale_rows == 0 || dscale > sum->wide_dscale)
	{
		sum->wide_dscale = dscale;
		sum->wide_dscale_rows = 1;
	}
	else if (dscale == sum->wide_dscale)
		sum->wide_dscale_rows++;
}

/*
 * Say whether a wide row of the given scale can leave a sum with its
 * largest wide scale still known: it is below that scale, another wide row
 * has that scale, or it is the last wide row.
 */
static bool
wide_scale_removable(const ExactNumericSum *sum, int dscale, int64 wide_rows)
{
	return dscale < sum->wide_dscale || sum->wide_dscale_rows > 1 ||
		wide_rows == 1;
}

/*
 * Add or remove one row; rows missing a score or a weight are skipped.
 * Return false when removing the row would leave the largest scale of
 * the wide rows unknown, so the caller asks for the frame to be
 * recomputed.
 */
static bool
numeric_score_step(NumericScoreState *state, Datum score_datum,
				   Datum weight_datum, bool remove)
{
	struct varlena *score_value = PG_DETOAST_DATUM_PACKED(score_datum);
	struct varlena *weight_value = PG_DETOAST_DATUM_PACKED(weight_datum);
	NumericScoreCounts *counts = &state->counts;
	FixedValue	score;
	FixedValue	weight;
	int			product_dscale;
	Numeric		product;
	Numeric		weight_numeric;

	fixed_read(score_value, &score);
	fixed_read(weight_value, &weight);
	if (unlikely(score.kind == FIXED_SPECIAL))
		reject_special(score_datum, "score");
	if (unlikely(weight.kind == FIXED_SPECIAL))
		reject_special(weight_datum, "weight");
	if (unlikely(weight.negative))
		reject_negative_weight(weight_datum);

	if (score.kind == FIXED_SMALL && weight.kind == FIXED_SMALL)
	{
		int			product_scale = score.dscale + weight.dscale;

		exact_add_fixed(state, &state->weighted,
						(int128) score.scaled * weight.scaled, product_scale,
						remove);
		exact_add_fixed(state, &state->weights, weight.scaled, weight.dscale,
						remove);
		counts->product_scale_rows[product_scale] += remove ? -1 : 1;
		counts->weight_scale_rows[weight.dscale] += remove ? -1 : 1;
		counts->rows += remove ? -1 : 1;
		return true;
	}

	/* A wide row: numeric arithmetic, as the plain query does. */
	product_dscale = score.dscale + weight.dscale;
	if (remove &&
		(!wide_scale_removable(&state->weighted, product_dscale,
							   counts->wide_rows) ||
		 !wide_scale_removable(&state->weights, weight.dscale,
							   counts->wide_rows)))
		return false;
	product = DatumGetNumeric(DirectFunctionCall2(numeric_mul, score_datum,
												  weight_datum));
	weight_numeric = DatumGetNumeric(weight_datum);
	if (remove)
	{
		product = numeric_negated(product);
		weight_numeric = numeric_negated(weight_numeric);
	}
	wide_add(state, &state->weighted, product);
	wide_add(state, &state->weights, weight_numeric);
	wide_scale_count(&state->weighted, product_dscale, remove);
	wide_scale_count(&state->weights, weight.dscale, remove);
	counts->wide_rows += remove ? -1 : 1;
	counts->rows += remove ? -1 : 1;
	return true;
}

/*
 * Transition: add one row.
 */
Datum
svc_weighted_score_numeric_transition(PG_FUNCTION_ARGS)
{
	NumericScoreState *state;

	if (PG_ARGISNULL(0))
		state = numeric_score_new_state(
			svc_aggregate_context(fcinfo, "weighted_score_numeric_transition"));
	else
		state = (NumericScoreState *) PG_GETARG_POINTER(0);
	if (!PG_ARGISNULL(1) && !PG_ARGISNULL(2))
		numeric_score_step(state, PG_GETARG_DATUM(1), PG_GETARG_DATUM(2),
						   false);
	PG_RETURN_POINTER(state);
}

/*
 * Inverse transition for moving windows: remove a row added earlier, or
 * return NULL for PostgreSQL to recompute the frame when the largest
 * scale of the remaining wide rows would be unknown.
 */
Datum
svc_weighted_score_numeric_inverse(PG_FUNCTION_ARGS)
{
	NumericScoreState *state = (NumericScoreState *) PG_GETARG_POINTER(0);

	if (!PG_ARGISNULL(1) && !PG_ARGISNULL(2) &&
		!numeric_score_step(state, PG_GETARG_DATUM(1), PG_GETARG_DATUM(2),
							true))
		PG_RETURN_NULL();
	PG_RETURN_POINTER(state);
}

/*
 * Add one exact sum into another.
 */
static void
exact_merge(NumericScoreState *state, ExactNumericSum *into,
			const ExactNumericSum *from)
{
	exact_add_fixed(state, into, from->fixed, from->scale, false);
	if (from->wide != NULL)
		wide_add(state, into, from->wide);
	if (from->wide_dscale_rows == 0)
		return;
	if (into->wide_dscale_rows == 0 || from->wide_dscale > into->wide_dscale)
	{
		into->wide_dscale = from->wide_dscale;
		into->wide_dscale_rows = from->wide_dscale_rows;
	}
	else if (from->wide_dscale == into->wide_dscale)
		into->wide_dscale_rows += from->wide_dscale_rows;
}

/*
 * Combine two partial states from parallel workers.
 */
Datum
svc_weighted_score_numeric_combine(PG_FUNCTION_ARGS)
{
	MemoryContext context;
	NumericScoreState *into;
	NumericScoreState *from;
	NumericScoreCounts *counts;

	context = svc_aggregate_context(fcinfo, "weighted_score_numeric_combine");
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	from = (NumericScoreState *) PG_GETARG_POINTER(1);
	into = PG_ARGISNULL(0) ? numeric_score_new_state(context) :
		(NumericScoreState *) PG_GETARG_POINTER(0);

	counts = &into->counts;
	counts->rows = svc_add_counts(counts->rows, from->counts.rows,
								  "weighted_score row");
	counts->wide_rows += from->counts.wide_rows;
	for (int i = 0; i <= 2 * FIXED_MAX_SCALE; i++)
		counts->product_scale_rows[i] += from->counts.product_scale_rows[i];
	for (int i = 0; i <= FIXED_MAX_SCALE; i++)
		counts->weight_scale_rows[i] += from->counts.weight_scale_rows[i];
	exact_merge(into, &into->weighted, &from->weighted);
	exact_merge(into, &into->weights, &from->weights);
	PG_RETURN_POINTER(into);
}

/*
 * Append one sum to a serialised state: its integer part, scales and
 * count of wide rows at the largest wide scale, then its wide part as a
 * length and the numeric's bytes (length 0 for none).
 */
static void
sum_serialize(StringInfo buf, const ExactNumericSum *sum)
{
	int32		wide_length = sum->wide == NULL ? 0 : VARSIZE(sum->wide);

	appendBinaryStringInfo(buf, (const char *) &sum->fixed, sizeof(int128));
	appendBinaryStringInfo(buf, (const char *) &sum->scale, sizeof(int32));
	appendBinaryStringInfo(buf, (const char *) &sum->wide_dscale,
						   sizeof(int32));
	appendBinaryStringInfo(buf, (const char *) &sum->wide_dscale_rows,
						   sizeof(int64));
	appendBinaryStringInfo(buf, (const char *) &wide_length, sizeof(int32));
	if (wide_length > 0)
		appendBinaryStringInfo(buf, (const char *) sum->wide, wide_length);
}

/*
 * Serialise a partial state to bytea.
 */
Datum
svc_weighted_score_numeric_serialize(PG_FUNCTION_ARGS)
{
	NumericScoreState *state;
	StringInfoData buf;
	bytea	   *result;

	svc_aggregate_context(fcinfo, "weighted_score_numeric_serialize");
	state = (NumericScoreState *) PG_GETARG_POINTER(0);
	initStringInfo(&buf);
	appendBinaryStringInfo(&buf, (const char *) &state->counts,
						   sizeof(NumericScoreCounts));
	sum_serialize(&buf, &state->weighted);
	sum_serialize(&buf, &state->weights);

	result = palloc(VARHDRSZ + buf.len);
	SET_VARSIZE(result, VARHDRSZ + buf.len);
	memcpy(VARDATA(result), buf.data, buf.len);
	PG_RETURN_BYTEA_P(result);
}

/*
 * Read one sum written by sum_serialize, returning the position after it;
 * the wide part is copied into the state's memory context.
 */
static const char *
sum_deserialize(NumericScoreState *state, ExactNumericSum *sum,
				const char *pos, const char *end)
{
	int32		wide_length;

	if (end - pos < (long) (sizeof(int128) + 3 * sizeof(int32) +
							sizeof(int64)))
		elog(ERROR, "weighted_score partial state is truncated");
	memcpy(&sum->fixed, pos, sizeof(int128));
	pos += sizeof(int128);
	memcpy(&sum->scale, pos, sizeof(int32));
	pos += sizeof(int32);
	memcpy(&sum->wide_dscale, pos, sizeof(int32));
	pos += sizeof(int32);
	memcpy(&sum->wide_dscale_rows, pos, sizeof(int64));
	pos += sizeof(int64);
	memcpy(&wide_length, pos, sizeof(int32));
	pos += sizeof(int32);
	sum->wide = NULL;
	if (wide_length < 0 || wide_length > end - pos)
		elog(ERROR, "weighted_score partial state is truncated");
	if (wide_length > 0)
	{
		sum->wide = MemoryContextAlloc(state->context, wide_length);
		memcpy(sum->wide, pos, wide_length);
	}
	return pos + wide_length;
}

/*
 * Read a partial state back from the bytea written by the serialiser.
 */
Datum
svc_weighted_score_numeric_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext context;
	bytea	   *data;
	const char *pos;
	const char *end;
	NumericScoreState *state;

	context = svc_aggregate_context(fcinfo,
									"weighted_score_numeric_deserialize");
	data = PG_GETARG_BYTEA_PP(0);
	pos = VARDATA_ANY(data);
	end = pos + VARSIZE_ANY_EXHDR(data);
	state = numeric_score_new_state(context);
	if (end - pos < (long) sizeof(NumericScoreCounts))
		elog(ERROR, "weighted_score partial state is truncated");
	memcpy(&state->counts, pos, sizeof(NumericScoreCounts));
	pos += sizeof(NumericScoreCounts);
	pos = sum_deserialize(state, &state->weighted, pos, end);
	pos = sum_deserialize(state, &state->weights, pos, end);
	if (pos != end)
		elog(ERROR, "weighted_score partial state has trailing bytes");
	PG_RETURN_POINTER(state);
}

/*
 * Return the largest scale with rows still counted, -1 when none.
 */
static int
largest_scale(const int64 *scale_rows, int nscales)
{
	for (int i = nscales - 1; i >= 0; i--)
	{
		if (scale_rows[i] != 0)
			return i;
	}
	return -1;
}

/*
 * Return a sum as one numeric whose display scale is that of the plain
 * query's sum: the largest of the counted rows' scales.
 */
static Numeric
exact_total(const ExactNumericSum *sum, int fixed_dscale, bool any_wide)
{
	Numeric		total = fixed_to_numeric(sum->fixed, sum->scale);
	int			dscale = Max(fixed_dscale, any_wide ? sum->wide_dscale : 0);

	if (sum->wide != NULL)
		total = numeric_plus(total, sum->wide);
	/* Every term has at most this scale, so the rounding is exact. */
	return DatumGetNumeric(DirectFunctionCall2(numeric_round,
											   NumericGetDatum(total),
											   Int32GetDatum(dscale)));
}

/*
 * Final: the weighted mean as numeric division gives it, or NULL when no
 * row had both values or every weight was zero.  The state is left as it
 * is, for moving windows.
 */
Datum
svc_weighted_score_numeric_final(PG_FUNCTION_ARGS)
{
	NumericScoreState *state;
	bool		any_wide;
	Numeric		weighted;
	Numeric		weights;
	Numeric		zero;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	state = (NumericScoreState *) PG_GETARG_POINTER(0);
	if (state->counts.rows == 0)
		PG_RETURN_NULL();
	any_wide = state->counts.wide_rows > 0;
	weights = exact_total(&state->weights,
						  largest_scale(state->counts.weight_scale_rows,
										FIXED_MAX_SCALE + 1),
						  any_wide);
	zero = int64_to_numeric(0);
	if (DatumGetInt32(DirectFunctionCall2(numeric_cmp,
										  NumericGetDatum(weights),
										  NumericGetDatum(zero))) == 0)
		PG_RETURN_NULL();
	weighted = exact_total(&state->weighted,
						   largest_scale(state->counts.product_scale_rows,
										 2 * FIXED_MAX_SCALE + 1),
						   any_wide);
	PG_RETURN_DATUM(DirectFunctionCall2(numeric_div,
										NumericGetDatum(weighted),
										NumericGetDatum(weights)));
}
