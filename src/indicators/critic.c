/*-------------------------------------------------------------------------
 *
 * critic.c
 *	  SQL glue for the critic_weights(criteria float8[] [, benefit bool[]])
 *	  aggregate: one row per alternative, one element per criterion; the
 *	  state is a fixed CriticState whatever the number of rows.
 *
 *-------------------------------------------------------------------------
 */
#include "svcindex.h"

#include "mcdm.h"
#include "mcdm_glue.h"

PG_FUNCTION_INFO_V1(svc_critic_weights_transfn);
PG_FUNCTION_INFO_V1(svc_critic_weights_combinefn);
PG_FUNCTION_INFO_V1(svc_critic_weights_finalfn);

/*
 * Add one alternative.  NULL criteria arrays are skipped; NULL elements,
 * non-finite values, a length that differs from the first row's and
 * directions that change between rows are errors.
 */
Datum
svc_critic_weights_transfn(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext =
		svc_aggregate_context(fcinfo, "critic_weights_transfn");
	CriticState *state = PG_ARGISNULL(0) ? NULL :
		(CriticState *) PG_GETARG_POINTER(0);
	ArrayType  *criteria;
	double		row[MCDM_MAX_CRITERIA];
	bool		benefit[MCDM_MAX_CRITERIA];
	int			ncriteria;

	if (PG_ARGISNULL(1))
	{
		if (state == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(state);
	}
	criteria = PG_GETARG_ARRAYTYPE_P(1);
	ncriteria = state ? state->header.ncriteria :
		mcdm_criteria_count(criteria, "criteria");
	mcdm_unpack_values(criteria, "criteria", false, row, ncriteria);

	/* Without a benefit argument every criterion is a benefit. */
	if (PG_NARGS() < 3)
		memset(benefit, true, sizeof(bool) * ncriteria);
	else if (PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("benefit must not be NULL"),
				 errhint("Give true for a criterion where more is better and false where less is better.")));
	else
		mcdm_unpack_flags(PG_GETARG_ARRAYTYPE_P(2), "benefit", benefit,
						  ncriteria);

	if (state == NULL)
	{
		state = MemoryContextAlloc(aggcontext, critic_state_size(ncriteria));
		SET_VARSIZE(state, critic_state_size(ncriteria));
		critic_state_init(state, ncriteria, benefit);
	}
	else
	{
		int			criterion = critic_state_direction_mismatch(state,
																benefit);

		if (criterion >= 0)
			mcdm_directions_differ(criterion);
	}
	critic_state_add(state, row);
	PG_RETURN_POINTER(state);
}

/*
 * The core's merge, in the shape the shared combine step calls.
 */
static void
merge_states(void *into, const void *from)
{
	critic_state_merge((CriticState *) into, (const CriticState *) from);
}

/*
 * The core's direction check, in the shape the shared combine step calls.
 */
static int
direction_mismatch(const void *a, const void *b)
{
	return critic_states_direction_mismatch((const CriticState *) a,
											(const CriticState *) b);
}

/*
 * The core's weights, in the shape the shared final step calls.
 */
static bool
state_weights(const void *state, double *weights)
{
	return critic_state_weights((const CriticState *) state, weights);
}

/*
 * Merge two partial states, either of which may be empty.
 */
Datum
svc_critic_weights_combinefn(PG_FUNCTION_ARGS)
{
	return mcdm_weights_combine(fcinfo, "critic_weights_combinefn",
								merge_states, direction_mismatch);
}

/*
 * The weights, or NULL over no rows or when they are 0/0.
 */
Datum
svc_critic_weights_finalfn(PG_FUNCTION_ARGS)
{
	return mcdm_weights_final(fcinfo, "critic_weights_finalfn",
							  state_weights);
}
