/*-------------------------------------------------------------------------
 *
 * sla_summary_window.c
 *	  The moving-window forms of sla_agg(elapsed, target) and
 *	  rollup(sla_summary): transitions that always return a state, as
 *	  PostgreSQL requires of them, and inverse steps that take a row
 *	  leaving the frame out again, so that a sliding frame costs a step or
 *	  two a row instead of the whole frame.
 *
 * Counts, the exact sum and the buckets come out exactly, and so do the
 * minimum and maximum while another row (or summary) added at the same
 * value stays in the frame.  When the last one at an extreme leaves, the
 * next extreme is unknown: the inverse step returns NULL, which tells
 * PostgreSQL to compute that frame afresh (the moving-aggregate protocol
 * of CREATE AGGREGATE).  The final step is sla_agg_final, which only
 * reads the state.
 *
 *-------------------------------------------------------------------------
 */
#include "sla_summary.h"

#include "utils/timestamp.h"

PG_FUNCTION_INFO_V1(sla_agg_moving_transition);
PG_FUNCTION_INFO_V1(sla_agg_inverse);
PG_FUNCTION_INFO_V1(sla_rollup_moving_transition);
PG_FUNCTION_INFO_V1(sla_rollup_inverse);

/*
 * sla_agg moving transition: count one duration against its target, and
 * return the state even for a skipped row with a NULL duration or target.
 */
Datum
sla_agg_moving_transition(PG_FUNCTION_ARGS)
{
	SlaState   *state = sla_state_argument(fcinfo,
										   "sla_agg_moving_transition");

	if (!PG_ARGISNULL(1) && !PG_ARGISNULL(2))
		sla_state_add_row(fcinfo, state);
	PG_RETURN_POINTER(state);
}

/*
 * sla_agg inverse: take out a row that leaves the frame, or return NULL
 * when it is the last row at the frame's minimum or maximum.
 */
Datum
sla_agg_inverse(PG_FUNCTION_ARGS)
{
	SlaState   *state = sla_state_argument(fcinfo, "sla_agg_inverse");
	int64		elapsed;
	int64		target;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(state);
	elapsed = sla_interval_usec(PG_GETARG_INTERVAL_P(1), "elapsed");
	target = sla_interval_usec(PG_GETARG_INTERVAL_P(2), "target");
	if (!sla_state_remove(state, elapsed, target))
		PG_RETURN_NULL();
	PG_RETURN_POINTER(state);
}

/*
 * rollup moving transition: merge one summary, and return the state even
 * for a skipped NULL summary.
 */
Datum
sla_rollup_moving_transition(PG_FUNCTION_ARGS)
{
	SlaState   *state = sla_state_argument(fcinfo,
										   "sla_rollup_moving_transition");

	if (!PG_ARGISNULL(1))
		sla_state_add_summary(fcinfo, state);
	PG_RETURN_POINTER(state);
}

/*
 * rollup inverse: take out a summary that leaves the frame, or return NULL
 * when it is the last summary at the frame's minimum or maximum.
 */
Datum
sla_rollup_inverse(PG_FUNCTION_ARGS)
{
	SlaState   *state = sla_state_argument(fcinfo, "sla_rollup_inverse");
	SlaState	summary;

	if (PG_ARGISNULL(1))
		PG_RETURN_POINTER(state);
	sla_state_unflatten(&summary, PG_DETOAST_DATUM(PG_GETARG_DATUM(1)));
	if (!sla_state_subtract(state, &summary))
		PG_RETURN_NULL();
	PG_RETURN_POINTER(state);
}
