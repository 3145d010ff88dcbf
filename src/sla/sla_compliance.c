/*-------------------------------------------------------------------------
 *
 * sla_compliance.c
 *	  sla_compliance(elapsed, target): the share of durations at or below
 *	  their target in one step, as a moving aggregate with an inverse step
 *	  so that sliding window frames cost one step a row.
 *
 * The state is two counts, so removing a row undoes adding it exactly.
 *
 *-------------------------------------------------------------------------
 */
#include "sla_summary.h"

#include "libpq/pqformat.h"
#include "utils/timestamp.h"

PG_FUNCTION_INFO_V1(sla_compliance_transition);
PG_FUNCTION_INFO_V1(sla_compliance_inverse);
PG_FUNCTION_INFO_V1(sla_compliance_combine);
PG_FUNCTION_INFO_V1(sla_compliance_serialize);
PG_FUNCTION_INFO_V1(sla_compliance_deserialize);
PG_FUNCTION_INFO_V1(sla_compliance_final);

typedef struct SlaCounts
{
	int64		total;			/* durations counted */
	int64		met;			/* durations at or below their target */
} SlaCounts;

/*
 * Return the counts in argument 0, making zero counts in the aggregate's
 * memory context when there are none yet.
 */
static SlaCounts *
counts_argument(FunctionCallInfo fcinfo, const char *fname)
{
	MemoryContext aggcontext = svc_aggregate_context(fcinfo, fname);

	if (!PG_ARGISNULL(0))
		return (SlaCounts *) PG_GETARG_POINTER(0);
	return MemoryContextAllocZero(aggcontext, sizeof(SlaCounts));
}

/*
 * Return 1 when the row's duration meets its target, 0 when it does not,
 * and -1 when the duration or the target is NULL.
 */
static int
row_meets_target(FunctionCallInfo fcinfo)
{
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		return -1;
	return sla_interval_usec(PG_GETARG_INTERVAL_P(1), "elapsed") <=
		sla_interval_usec(PG_GETARG_INTERVAL_P(2), "target");
}

/*
 * Add one row; rows with a NULL duration or target are skipped.
 */
Datum
sla_compliance_transition(PG_FUNCTION_ARGS)
{
	SlaCounts  *counts = counts_argument(fcinfo, "sla_compliance_transition");
	int			meets = row_meets_target(fcinfo);

	if (meets >= 0)
	{
		counts->total = svc_add_counts(counts->total, 1,
									   "sla_compliance duration");
		counts->met += meets;
	}
	PG_RETURN_POINTER(counts);
}

/*
 * Remove a row that a window frame leaves, undoing its transition.
 */
Datum
sla_compliance_inverse(PG_FUNCTION_ARGS)
{
	SlaCounts  *counts = counts_argument(fcinfo, "sla_compliance_inverse");
	int			meets = row_meets_target(fcinfo);

	if (meets >= 0)
	{
		counts->total--;
		counts->met -= meets;
	}
	PG_RETURN_POINTER(counts);
}

/*
 * Combine two partial counts.
 */
Datum
sla_compliance_combine(PG_FUNCTION_ARGS)
{
	SlaCounts  *counts = counts_argument(fcinfo, "sla_compliance_combine");

	if (!PG_ARGISNULL(1))
	{
		SlaCounts  *other = (SlaCounts *) PG_GETARG_POINTER(1);

		counts->total = svc_add_counts(counts->total, other->total,
									   "sla_compliance duration");
		counts->met += other->met;
	}
	PG_RETURN_POINTER(counts);
}

/*
 * Serialise partial counts to bytea: total then met, in network order.
 */
Datum
sla_compliance_serialize(PG_FUNCTION_ARGS)
{
	SlaCounts  *counts = (SlaCounts *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	svc_aggregate_context(fcinfo, "sla_compliance_serialize");
	pq_begintypsend(&buf);
	pq_sendint64(&buf, counts->total);
	pq_sendint64(&buf, counts->met);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * Read partial counts back from bytea.
 */
Datum
sla_compliance_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext =
		svc_aggregate_context(fcinfo, "sla_compliance_deserialize");
	bytea	   *serial = PG_GETARG_BYTEA_PP(0);
	SlaCounts  *counts = MemoryContextAlloc(aggcontext, sizeof(SlaCounts));
	StringInfoData buf;

	buf.data = VARDATA_ANY(serial);
	buf.len = VARSIZE_ANY_EXHDR(serial);
	buf.maxlen = buf.len;
	buf.cursor = 0;
	counts->total = pq_getmsgint64(&buf);
	counts->met = pq_getmsgint64(&buf);
	pq_getmsgend(&buf);
	PG_RETURN_POINTER(counts);
}

/*
 * The share of counted rows that met their target, or NULL when no row
 * is counted.
 */
Datum
sla_compliance_final(PG_FUNCTION_ARGS)
{
	SlaCounts  *counts;

	svc_aggregate_context(fcinfo, "sla_compliance_final");
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	counts = (SlaCounts *) PG_GETARG_POINTER(0);
	if (counts->total == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8((double) counts->met / (double) counts->total);
}
