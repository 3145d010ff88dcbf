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
#include "mcdm_glue.h"

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
	mcdm_unpack_values(criteria, "criteria", true, row, state->header.ncriteria);
	entropy_state_add(state, row);
	PG_RETURN_POINTER(state);
}

/*
 * The core's merge, in the shape the shared combine step calls.
 */
static void
merge_states(void *into, const void *from)
{
	entropy_state_merge((EntropyState *) into, (const EntropyState *) from);
}

/*
 * The core's weights, in the shape the shared final step calls.
 */
static bool
state_weights(const void *state, double *weights)
{
	return entropy_state_weights((const EntropyState *) state, weights);
}

/*
 * Merge two partial states, either of which may be empty.
 */
Datum
svc_entropy_weights_combinefn(PG_FUNCTION_ARGS)
{
	return mcdm_weights_combine(fcinfo, "entropy_weights_combinefn",
								merge_states, NULL);
}

/*
 * The weights, or NULL over no rows or when they are 0/0.
 */
Datum
svc_entropy_weights_finalfn(PG_FUNCTION_ARGS)
{
	return mcdm_weights_final(fcinfo, "entropy_weights_finalfn",
							  state_weights);
}
