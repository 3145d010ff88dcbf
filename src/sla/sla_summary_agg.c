/*-------------------------------------------------------------------------
 *
 * sla_summary_agg.c
 *	  The aggregates that build SLA summaries: sla_agg(elapsed, target)
 *	  over durations and rollup(sla_summary) over summaries, with the
 *	  combine, serialise and deserialise steps they share for parallel
 *	  plans.
 *
 *-------------------------------------------------------------------------
 */
#include "sla_summary.h"

#include "utils/timestamp.h"

PG_FUNCTION_INFO_V1(sla_agg_transition);
PG_FUNCTION_INFO_V1(sla_rollup_transition);
PG_FUNCTION_INFO_V1(sla_agg_combine);
PG_FUNCTION_INFO_V1(sla_agg_serialize);
PG_FUNCTION_INFO_V1(sla_agg_deserialize);
PG_FUNCTION_INFO_V1(sla_agg_final);

/*
 * Return the running state in argument 0, making an empty one in the
 * aggregate's memory context when there is none yet.  Only that first call
 * needs to look up the context: the state remembers it.
 */
SlaState *
sla_state_argument(FunctionCallInfo fcinfo, const char *fname)
{
	MemoryContext oldcontext;
	SlaState   *state;

	if (!PG_ARGISNULL(0))
		return (SlaState *) PG_GETARG_POINTER(0);
	oldcontext = MemoryContextSwitchTo(svc_aggregate_context(fcinfo, fname));
	state = palloc(sizeof(SlaState));
	sla_state_init(state);
	MemoryContextSwitchTo(oldcontext);
	return state;
}

/*
 * Count the duration in argument 1 against the target in argument 2, both
 * not NULL, into the state: the row step of sla_agg in either mode.
 */
void
sla_state_add_row(FunctionCallInfo fcinfo, SlaState *state)
{
	int64		elapsed;
	int64		target;
	MemoryContext oldcontext;

	elapsed = sla_interval_usec(PG_GETARG_INTERVAL_P(1), "elapsed");
	target = sla_interval_usec(PG_GETARG_INTERVAL_P(2), "target");
	oldcontext = MemoryContextSwitchTo(state->context);
	sla_state_add(state, elapsed, target);
	MemoryContextSwitchTo(oldcontext);
}

/*
 * Merge the summary in argument 1, not NULL, into the state: the row step
 * of rollup in either mode.
 */
void
sla_state_add_summary(FunctionCallInfo fcinfo, SlaState *state)
{
	SlaState	summary;
	MemoryContext oldcontext;

	sla_state_unflatten(&summary, PG_DETOAST_DATUM(PG_GETARG_DATUM(1)));
	oldcontext = MemoryContextSwitchTo(state->context);
	sla_state_merge(state, &summary);
	MemoryContextSwitchTo(oldcontext);
}

/*
 * sla_agg transition: count one duration against its target; rows with a
 * NULL duration or target are skipped.
 */
Datum
sla_agg_transition(PG_FUNCTION_ARGS)
{
	SlaState   *state;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	state = sla_state_argument(fcinfo, "sla_agg_transition");
	sla_state_add_row(fcinfo, state);
	PG_RETURN_POINTER(state);
}

/*
 * rollup transition: merge one summary into the running state; NULL
 * summaries are skipped.
 */
Datum
sla_rollup_transition(PG_FUNCTION_ARGS)
{
	SlaState   *state;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	state = sla_state_argument(fcinfo, "sla_rollup_transition");
	sla_state_add_summary(fcinfo, state);
	PG_RETURN_POINTER(state);
}

/*
 * Combine two partial states of either aggregate.
 */
Datum
sla_agg_combine(PG_FUNCTION_ARGS)
{
	MemoryContext oldcontext;
	SlaState   *state;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	state = sla_state_argument(fcinfo, "sla_agg_combine");
	oldcontext = MemoryContextSwitchTo(state->context);
	sla_state_merge(state, (SlaState *) PG_GETARG_POINTER(1));
	MemoryContextSwitchTo(oldcontext);
	PG_RETURN_POINTER(state);
}

/*
 * Serialise a partial state to bytea, keeping every bucket.
 */
Datum
sla_agg_serialize(PG_FUNCTION_ARGS)
{
	svc_aggregate_context(fcinfo, "sla_agg_serialize");
	PG_RETURN_POINTER(sla_state_flatten((SlaState *) PG_GETARG_POINTER(0),
										false));
}

/*
 * Read a partial state back from bytea.
 */
Datum
sla_agg_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext = svc_aggregate_context(fcinfo,
													 "sla_agg_deserialize");
	MemoryContext oldcontext = MemoryContextSwitchTo(aggcontext);
	SlaState   *state = palloc(sizeof(SlaState));

	sla_state_unflatten(state, PG_DETOAST_DATUM(PG_GETARG_DATUM(0)));
	MemoryContextSwitchTo(oldcontext);
	PG_RETURN_POINTER(state);
}

/*
 * Finish either aggregate: the summary, or NULL when no row was counted.
 * The state is left as it is, so window frames can go on adding to it.
 */
Datum
sla_agg_final(PG_FUNCTION_ARGS)
{
	SlaState   *state;

	svc_aggregate_context(fcinfo, "sla_agg_final");
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	state = (SlaState *) PG_GETARG_POINTER(0);
	if (state->total == 0)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(sla_state_flatten(state, true));
}
