/*-------------------------------------------------------------------------
 *
 * entropy.c
 *	  SQL glue for the entropy_weights(criteria float8[]) aggregate: one
 *	  row per alternative, one element per criterion; the state is a fixed
 *	  EntropyState whatever the number of rows.
 *
 *-------------------------------------------------------------------------
 */
#include "svcindex.h"

#include "mcdm.h"
#include "mcdm_args.h"

PG_FUNCTION_INFO_V1(svc_entropy_weights_transfn);
PG_FUNCTION_INFO_V1(svc_entropy_weights_combinefn);
PG_FUNCTION_INFO_V1(svc_entropy_weights_finalfn);

/*
 * Add one alternative.  NULL arrays are skipped; NULL elements, negative
 * or non-finite values and a length that differs from the first row's are
 * errors.
 */
Datum
svc_entropy_weights_transfn(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext =
		svc_aggregate_context(fcinfo, "entropy_weights_transfn");
	EntropyState *state = PG_ARGISNULL(0) ? NULL :
		(EntropyState *) PG_GETARG_POINTER(0);
	ArrayType  *criteria;
	double		row[MCDM_MAX_CRITERIA];

	if (PG_ARGISNULL(1))
	{
		if (state == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(state);
	}
	criteria = PG_GETARG_ARRAYTYPE_P(1);

	if (state == NULL)
	{
		int			ncriteria = mcdm_criteria_count(criteria, "criteria");

		state = MemoryContextAlloc(aggcontext,
								   entropy_state_size(ncriteria));
		SET_VARSIZE(state, entropy_state_size(ncriteria));
		entropy_state_init(state, ncriteria);
	}
	mcdm_unpack_values(criteria, "criteria", true, row, state->ncriteria);
	entropy_state_add(state, row);
	PG_RETURN_POINTER(state);
}

/*
 * Merge two partial states, either of which may be empty.
 */
Datum
svc_entropy_weights_combinefn(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext =
		svc_aggregate_context(fcinfo, "entropy_weights_combinefn");
	EntropyState *into = PG_ARGISNULL(0) ? NULL :
		(EntropyState *) PG_GETARG_POINTER(0);
	EntropyState *from = PG_ARGISNULL(1) ? NULL :
		(EntropyState *) PG_GETARG_POINTER(1);

	if (from == NULL)
	{
		if (into == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(into);
	}
	if (into == NULL)
		PG_RETURN_POINTER(mcdm_state_copy((struct varlena *) from,
										  aggcontext));
	mcdm_require_same_width(into->ncriteria, from->ncriteria);
	entropy_state_merge(into, from);
	PG_RETURN_POINTER(into);
}

/*
 * The weights, or NULL over no rows or when every criterion is constant.
 */
Datum
svc_entropy_weights_finalfn(PG_FUNCTION_ARGS)
{
	EntropyState *state;
	double	   *weights;

	svc_aggregate_context(fcinfo, "entropy_weights_finalfn");
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	state = (EntropyState *) PG_GETARG_POINTER(0);
	weights = palloc(sizeof(double) * state->ncriteria);
	if (!entropy_state_weights(state, weights))
		PG_RETURN_NULL();
	PG_RETURN_ARRAYTYPE_P(mcdm_weights_array(weights, state->ncriteria));
}
