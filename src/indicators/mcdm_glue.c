/*-------------------------------------------------------------------------
 *
 * mcdm_glue.c
 *	  What the SQL glue of the weighting and ranking functions shares:
 *	  unpacking and checking the array arguments (a one-dimensional array
 *	  holding one element per criterion, without NULLs, of the length the
 *	  first row set), and the combine, final, serial and deserial steps of
 *	  the weight aggregates.
 *
 *-------------------------------------------------------------------------
 */
#include "mcdm_glue.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "utils/memutils.h"

#include "mcdm.h"

PG_FUNCTION_INFO_V1(svc_weights_state_serialize);
PG_FUNCTION_INFO_V1(svc_weights_state_deserialize);

/*
 * The number of criteria an argument holds, checking that it is a
 * one-dimensional array of at most MCDM_MAX_CRITERIA elements.
 */
int
mcdm_criteria_count(ArrayType *array, const char *what)
{
	int			ndim = ARR_NDIM(array);
	int			count;

	if (ndim == 0)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s must not be empty", what),
				 errdetail("Give one element per criterion.")));
	if (ndim != 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s must be a one-dimensional array, got %d dimensions",
						what, ndim),
				 errdetail("Give one element per criterion.")));
	count = ARR_DIMS(array)[0];
	if (count > MCDM_MAX_CRITERIA)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s has %d elements, more than the %d criteria accepted",
						what, count, MCDM_MAX_CRITERIA)));
	return count;
}

/*
 * The elements of an array that has no NULL bitmap, which begin right
 * after its fixed header.
 */
static char *
array_data_without_nulls(ArrayType *array)
{
	Assert(!ARR_HASNULL(array));
	return (char *) array + ARR_OVERHEAD_NONULLS(ARR_NDIM(array));
}

/*
 * Report the first NULL element of an array that has some.
 */
static void
reject_null_element(ArrayType *array, const char *what, int count)
{
	bits8	   *bitmap = ARR_NULLBITMAP(array);
	int			position = 0;

	while (position < count - 1 &&
		   (bitmap[position / 8] & (1 << (position % 8))) != 0)
		position++;
	ereport(ERROR,
			(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
			 errmsg("%s element %d is NULL", what, position + 1),
			 errhint("Give one element per criterion, none of them NULL.")));
}

/*
 * Report an array whose length differs from the one set before.
 */
static void
require_length(const char *what, int count, int expected)
{
	if (count != expected)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg_plural("%s has %d element, expected %d",
							   "%s has %d elements, expected %d",
							   count, what, count, expected),
				 errdetail("Every array gives one element per criterion, so all have the same length.")));
}

/*
 * Copy a float8[] argument into values, checking its shape, its length,
 * that no element is NULL or non-finite, and, when asked, that none is
 * negative.
 */
void
mcdm_unpack_values(ArrayType *array, const char *what, bool nonnegative,
				   double *values, int expected)
{
	int			count = mcdm_criteria_count(array, what);
	float8	   *data;

	require_length(what, count, expected);
	if (ARR_HASNULL(array))
		reject_null_element(array, what, count);
	if (ARR_ELEMTYPE(array) != FLOAT8OID)
		elog(ERROR, "%s is not a float8 array", what);

	data = (float8 *) array_data_without_nulls(array);
	for (int i = 0; i < count; i++)
	{
		if (!isfinite(data[i]))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s element %d must be a finite number, got %s",
							what, i + 1, svc_format_double(data[i]))));
		if (nonnegative && data[i] < 0)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s element %d is negative: %s", what, i + 1,
							svc_format_double(data[i])),
					 errdetail("Expected values of zero or more.")));
		values[i] = data[i];
	}
}

/*
 * Copy a bool[] argument into flags, checking its shape, its length and
 * that no element is NULL.
 */
void
mcdm_unpack_flags(ArrayType *array, const char *what, bool *flags,
				  int expected)
{
	int			count = mcdm_criteria_count(array, what);
	bool	   *data;

	require_length(what, count, expected);
	if (ARR_HASNULL(array))
		reject_null_element(array, what, count);
	if (ARR_ELEMTYPE(array) != BOOLOID)
		elog(ERROR, "%s is not a boolean array", what);

	data = (bool *) array_data_without_nulls(array);
	for (int i = 0; i < count; i++)
		flags[i] = data[i];
}

/*
 * Report a benefit flag (criterion counted from 0) that changes from one
 * row to another.
 */
void
mcdm_directions_differ(int criterion)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("benefit element %d differs between rows", criterion + 1),
			 errdetail("The direction of a criterion is one for all alternatives."),
			 errhint("Pass the same benefit array on every row, such as a constant.")));
}

/*
 * Copy an aggregate state (a varlena) into the given memory context: the
 * serial function copies it out as bytea, the deserial and combine
 * functions copy it into the aggregate's context.
 */
static struct varlena *
state_copy(const struct varlena *state, MemoryContext context)
{
	struct varlena *copy = MemoryContextAlloc(context, VARSIZE(state));

	memcpy(copy, state, VARSIZE(state));
	return copy;
}

/*
 * Merge two partial states of a weight aggregate, either of which may be
 * empty; their widths must agree, and mismatch(), if given, must find no
 * criterion on which they differ.
 */
Datum
mcdm_weights_combine(FunctionCallInfo fcinfo, const char *fname,
					 WeightsMerge merge, WeightsMismatch mismatch)
{
	MemoryContext aggcontext = svc_aggregate_context(fcinfo, fname);
	WeightsStateHeader *into = PG_ARGISNULL(0) ? NULL :
		(WeightsStateHeader *) PG_GETARG_POINTER(0);
	WeightsStateHeader *from = PG_ARGISNULL(1) ? NULL :
		(WeightsStateHeader *) PG_GETARG_POINTER(1);

	if (from == NULL)
	{
		if (into == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(into);
	}
	if (into == NULL)
		PG_RETURN_POINTER(state_copy((struct varlena *) from,
										  aggcontext));
	require_length("criteria", from->ncriteria, into->ncriteria);
	if (mismatch != NULL)
	{
		int			criterion = mismatch(into, from);

		if (criterion >= 0)
			mcdm_directions_differ(criterion);
	}
	merge(into, from);
	PG_RETURN_POINTER(into);
}

/*
 * The weights of a weight aggregate's state, or NULL over no rows or when
 * result() finds them undefined.
 */
Datum
mcdm_weights_final(FunctionCallInfo fcinfo, const char *fname,
				   WeightsResult result)
{
	WeightsStateHeader *state;
	double	   *weights;

	svc_aggregate_context(fcinfo, fname);
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	state = (WeightsStateHeader *) PG_GETARG_POINTER(0);
	weights = palloc(sizeof(double) * state->ncriteria);
	if (!result(state, weights))
		PG_RETURN_NULL();
	PG_RETURN_ARRAYTYPE_P(mcdm_weights_array(weights, state->ncriteria));
}

/*
 * The serial function of the weight aggregates: the state is a varlena,
 * so its bytes are the bytea.
 */
Datum
svc_weights_state_serialize(PG_FUNCTION_ARGS)
{
	svc_aggregate_context(fcinfo, "weights_state_serialize");
	PG_RETURN_BYTEA_P(state_copy((struct varlena *) PG_GETARG_POINTER(0),
									  CurrentMemoryContext));
}

/*
 * The deserial function of the weight aggregates: the bytes back into the
 * aggregate's memory.
 */
Datum
svc_weights_state_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext =
		svc_aggregate_context(fcinfo, "weights_state_deserialize");

	PG_RETURN_POINTER(state_copy(PG_GETARG_BYTEA_P(0), aggcontext));
}

/*
 * A float8[] holding one weight per criterion.
 */
ArrayType *
mcdm_weights_array(const double *weights, int count)
{
	Datum	   *datums = palloc(sizeof(Datum) * count);

	for (int i = 0; i < count; i++)
		datums[i] = Float8GetDatum(weights[i]);
	return construct_array(datums, count, FLOAT8OID, sizeof(float8),
						   FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
}
