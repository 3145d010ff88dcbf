/*-------------------------------------------------------------------------
 *
 * sla_summary_access.c
 *	  Reading results from an SLA summary: counts, compliance, mean and
 *	  percentiles of the durations.
 *
 *-------------------------------------------------------------------------
 */
#include "sla_summary.h"

#include <math.h>

#include "utils/timestamp.h"

PG_FUNCTION_INFO_V1(sla_summary_total);
PG_FUNCTION_INFO_V1(sla_summary_met);
PG_FUNCTION_INFO_V1(sla_summary_breached);
PG_FUNCTION_INFO_V1(sla_summary_compliance);
PG_FUNCTION_INFO_V1(sla_summary_mean);
PG_FUNCTION_INFO_V1(sla_summary_percentile);

/*
 * Read the fixed part of the summary in argument 0.
 */
static void
summary_header(FunctionCallInfo fcinfo, SlaSummaryHeader *header)
{
	struct varlena *flat = PG_DETOAST_DATUM(PG_GETARG_DATUM(0));

	memcpy(header, flat, sizeof(SlaSummaryHeader));
}

/*
 * Number of durations in the summary.
 */
Datum
sla_summary_total(PG_FUNCTION_ARGS)
{
	SlaSummaryHeader header;

	summary_header(fcinfo, &header);
	PG_RETURN_INT64(header.total);
}

/*
 * Number of durations at or below their target.
 */
Datum
sla_summary_met(PG_FUNCTION_ARGS)
{
	SlaSummaryHeader header;

	summary_header(fcinfo, &header);
	PG_RETURN_INT64(header.met);
}

/*
 * Number of durations above their target.
 */
Datum
sla_summary_breached(PG_FUNCTION_ARGS)
{
	SlaSummaryHeader header;

	summary_header(fcinfo, &header);
	PG_RETURN_INT64(header.total - header.met);
}

/*
 * Share of durations at or below their target, between 0 and 1.
 */
Datum
sla_summary_compliance(PG_FUNCTION_ARGS)
{
	SlaSummaryHeader header;

	summary_header(fcinfo, &header);
	PG_RETURN_FLOAT8((double) header.met / (double) header.total);
}

/*
 * Mean duration, rounded to the microsecond (halves away from zero).
 */
Datum
sla_summary_mean(PG_FUNCTION_ARGS)
{
	SlaSummaryHeader header;
	int128		sum;
	int128		mean;
	int128		remainder;

	summary_header(fcinfo, &header);
	sum = ((int128) header.sum_high << 64) | (int128) header.sum_low;
	mean = sum / header.total;
	remainder = sum % header.total;
	if (2 * remainder >= header.total)
		mean++;
	else if (2 * remainder <= -header.total)
		mean--;
	PG_RETURN_INTERVAL_P(sla_usec_interval((int64) mean));
}

/*
 * Return an estimate in microseconds rounded to the nearest whole one
 * (halves away from zero) and clamped to the exact minimum and maximum;
 * the clamp comes first where rounding could leave the range of int64.
 */
static int64
clamp_estimate(double estimate, int64 min, int64 max)
{
	int64		rounded;

	if (estimate >= -(double) PG_INT64_MIN)
		return max;
	if (estimate < (double) PG_INT64_MIN)
		return min;
	rounded = (int64) llround(estimate);
	return Min(Max(rounded, min), max);
}

/*
 * Duration at a fraction of the way through the sorted durations, as
 * percentile_disc picks it: the one of rank ceil(fraction * total), at
 * least 1.  Ranks 1 and total give the exact minimum and maximum; other
 * ranks come from the sketch, within 0.99 % of the duration of that rank
 * before rounding to the microsecond.
 */
Datum
sla_summary_percentile(PG_FUNCTION_ARGS)
{
	struct varlena *flat = PG_DETOAST_DATUM(PG_GETARG_DATUM(0));
	double		fraction = PG_GETARG_FLOAT8(1);
	SlaState	state;
	double		position;
	int64		rank;
	double		estimate;

	svc_require_between(fraction, 0.0, 1.0, "fraction");
	sla_state_unflatten(&state, flat);
	position = ceil(fraction * (double) state.total);
	if (position >= (double) state.total)
		rank = state.total;
	else
		rank = Max((int64) position, 1);

	if (rank == 1)
		PG_RETURN_INTERVAL_P(sla_usec_interval(state.min));
	if (rank == state.total)
		PG_RETURN_INTERVAL_P(sla_usec_interval(state.max));
	estimate = sketch_index_value(sketch_rank_index(&state.sketch, rank, 0));
	PG_RETURN_INTERVAL_P(sla_usec_interval(clamp_estimate(estimate,
														  state.min,
														  state.max)));
}
