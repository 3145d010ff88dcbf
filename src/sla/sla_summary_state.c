/*-------------------------------------------------------------------------
 *
 * sla_summary_state.c
 *	  The state behind SLA summaries: reading durations from intervals,
 *	  counting them, merging states, taking durations and summaries out
 *	  again for moving window frames, checking a state read from outside,
 *	  and the stored form.
 *
 *-------------------------------------------------------------------------
 */
#include "sla_summary.h"

#include "common/int.h"
#include "utils/fmgrprotos.h"
#include "utils/timestamp.h"

/*
 * Return an interval with months or days as microseconds, with a month as
 * 30 days and a day as 24 hours, as PostgreSQL compares intervals; "what"
 * names the argument in messages.
 */
int64
sla_interval_months_usec(const Interval *span, const char *what)
{
	int128		usec;

#ifdef INTERVAL_NOT_FINITE
	if (INTERVAL_NOT_FINITE(span))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite interval", what),
				 errdetail("An infinite interval has no duration to count.")));
#endif
	usec = (int128) span->time +
		((int128) span->month * DAYS_PER_MONTH + span->day) * USECS_PER_DAY;
	if (usec > PG_INT64_MAX || usec < PG_INT64_MIN)
	{
		Datum		shown = DirectFunctionCall1(interval_out,
												IntervalPGetDatum(span));

		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s %s is out of range", what, DatumGetCString(shown)),
				 errdetail("Durations are counted in microseconds, a month as 30 days and a day as 24 hours, and must lie within 292,000 years of zero.")));
	}
	return (int64) usec;
}

/*
 * Return a duration in microseconds as an interval of hours, minutes and
 * seconds, without days or months.
 */
Interval *
sla_usec_interval(int64 usec)
{
	Interval   *span = palloc(sizeof(Interval));

	span->time = usec;
	span->day = 0;
	span->month = 0;
	return span;
}

/*
 * Make an empty state whose buckets live in the current memory context.
 */
void
sla_state_init(SlaState *state)
{
	state->context = CurrentMemoryContext;
	state->total = 0;
	state->met = 0;
	state->sum = 0;
	state->min = PG_INT64_MAX;
	state->max = PG_INT64_MIN;
	state->min_ties = 0;
	state->max_ties = 0;
	sketch_init(&state->sketch);
}

/*
 * Take "ties" additions at the extremes (min, max) of another state into
 * a state's extremes: a new extreme starts its own count of ties, an equal
 * one adds to it.
 */
static void
merge_extremes(SlaState *into, int64 min, int64 min_ties, int64 max,
			   int64 max_ties)
{
	if (min < into->min)
	{
		into->min = min;
		into->min_ties = min_ties;
	}
	else if (min == into->min)
		into->min_ties += min_ties;
	if (max > into->max)
	{
		into->max = max;
		into->max_ties = max_ties;
	}
	else if (max == into->max)
		into->max_ties += max_ties;
}

/*
 * Count one duration against its target; exactly at the target is met.
 */
void
sla_state_add(SlaState *state, int64 elapsed, int64 target)
{
	if (unlikely(state->total == PG_INT64_MAX))
		svc_add_counts(state->total, 1, "sla_summary duration");
	state->total++;
	if (elapsed <= target)
		state->met++;
	state->sum += elapsed;
	merge_extremes(state, elapsed, 1, elapsed, 1);
	sketch_add_duration(&state->sketch, elapsed);
}

/*
 * Add one state to another, as a combine or rollup step.
 */
void
sla_state_merge(SlaState *into, const SlaState *from)
{
	into->total = svc_add_counts(into->total, from->total,
								 "sla_summary duration");
	into->met += from->met;
	into->sum += from->sum;
	merge_extremes(into, from->min, from->min_ties, from->max, from->max_ties);
	sketch_merge(&into->sketch, &from->sketch);
}

/*
 * Return whether "ties" additions at the extremes (min, max) of a state
 * can be taken out of it with its own extremes still known: none of them
 * may hold an extreme that nothing else left in the state holds.  Once
 * nothing is left at all, the extremes go back to their starting values.
 */
static bool
extremes_survive(const SlaState *state, int64 remaining, int64 min,
				 int64 min_ties, int64 max, int64 max_ties)
{
	if (remaining == 0)
		return true;
	if (min < state->min || max > state->max)
		return false;
	if (min == state->min && min_ties >= state->min_ties)
		return false;
	if (max == state->max && max_ties >= state->max_ties)
		return false;
	return true;
}

/*
 * Take "ties" additions at the extremes (min, max) out of a state's
 * extremes, once extremes_survive has allowed it.
 */
static void
unmerge_extremes(SlaState *state, int64 min, int64 min_ties, int64 max,
				 int64 max_ties)
{
	if (state->total == 0)
	{
		state->min = PG_INT64_MAX;
		state->max = PG_INT64_MIN;
		state->min_ties = 0;
		state->max_ties = 0;
		return;
	}
	if (min == state->min)
		state->min_ties -= min_ties;
	if (max == state->max)
		state->max_ties -= max_ties;
}

/*
 * Take one duration counted by sla_state_add out again, for a row that
 * leaves a moving window frame.  Counts, sum and bucket are restored
 * exactly, and the minimum and maximum while another row added at the
 * same value remains; when the row is the last one at either extreme of a
 * state that keeps other durations, the new extreme is unknown: return
 * false and change nothing, and the caller recomputes the frame.
 */
bool
sla_state_remove(SlaState *state, int64 elapsed, int64 target)
{
	if (state->total < 1 ||
		!extremes_survive(state, state->total - 1, elapsed, 1, elapsed, 1))
		return false;
	if (!sketch_remove_duration(&state->sketch, elapsed))
		return false;
	state->total--;
	if (elapsed <= target)
		state->met--;
	state->sum -= elapsed;
	unmerge_extremes(state, elapsed, 1, elapsed, 1);
	return true;
}

/*
 * Take a summary merged by sla_state_merge out again, for a summary that
 * leaves a moving window frame.  The running state keeps every bucket it
 * was given and applies no window of its own, so taking out the buckets
 * a summary brought (windowed or not) leaves exactly the sum of the other
 * summaries' buckets, as merging them afresh would.  As in
 * sla_state_remove, return false and change nothing when the summary is
 * the last one holding the state's minimum or maximum and other durations
 * remain, or when the state does not hold what the summary brought.
 */
bool
sla_state_subtract(SlaState *state, const SlaState *part)
{
	int64		remaining = state->total - part->total;

	if (remaining < 0 || part->met > state->met ||
		!extremes_survive(state, remaining, part->min, part->min_ties,
						  part->max, part->max_ties))
		return false;
	if (!sketch_subtract(&state->sketch, &part->sketch))
		return false;
	state->total = remaining;
	state->met -= part->met;
	state->sum -= part->sum;
	unmerge_extremes(state, part->min, part->min_ties, part->max,
					 part->max_ties);
	return true;
}

/*
 * Report a summary read from outside that does not hold together, showing
 * the text form it was read from when there is one (NULL otherwise).
 */
void
sla_input_fail(int code, const char *input, const char *detail)
{
	if (input != NULL)
		ereport(ERROR,
				(errcode(code),
				 errmsg("invalid input syntax for type sla_summary: \"%s\"",
						input),
				 errdetail("%s", detail)));
	ereport(ERROR,
			(errcode(code),
			 errmsg("invalid sla_summary value"),
			 errdetail("%s", detail)));
}

/*
 * Check a state read from text, binary input or storage: at least one
 * duration, met within total, minimum not above maximum, a sum that the
 * minimum, the maximum and total - 2 durations between them can make,
 * bucket counts that add up to the total, and lowest and highest buckets
 * in use that are those of the minimum and the maximum (as the sketch's
 * window sees them), so that a bucket no duration could fill is refused
 * before it can shift a percentile or a rollup's window.  Errors carry the
 * given SQLSTATE and show the text form "input" when it is not NULL.
 */
void
sla_state_check(const SlaState *state, int code, const char *input)
{
	int			index = -(SKETCH_MAX_INDEX + 1);
	int			lowest = 0;
	int			highest = 0;
	int			floor_key;
	int			min_index;
	int			max_index;
	int64		count;
	int64		counted = 0;

	if (state->total < 1)
		sla_input_fail(code, input,
					   "A summary counts at least one duration.");
	if (state->met < 0 || state->met > state->total)
		sla_input_fail(code, input,
					   "The met count must lie between zero and the total.");
	if (state->min > state->max)
		sla_input_fail(code, input,
					   "The minimum must not exceed the maximum.");
	if (state->sum < (int128) state->min * (state->total - 1) + state->max ||
		state->sum > (int128) state->max * (state->total - 1) + state->min)
		sla_input_fail(code, input,
					   "The sum must lie between the maximum plus (total - 1) times the minimum and the minimum plus (total - 1) times the maximum.");
	while ((index = sketch_next_index(&state->sketch, index, 0, &count))
		   <= SKETCH_MAX_INDEX)
	{
		if (counted == 0)
			lowest = index;
		highest = index;
		if (pg_add_s64_overflow(counted, count, &counted))
			sla_input_fail(code, input,
						   "The bucket counts overflow a 64-bit count.");
	}
	if (counted != state->total)
		sla_input_fail(code, input,
					   psprintf("The bucket counts add up to " INT64_FORMAT
								", but the total is " INT64_FORMAT ".",
								counted, state->total));
	floor_key = sketch_window_floor(&state->sketch);
	min_index = sketch_duration_index(state->min);
	max_index = sketch_duration_index(state->max);
	if (sketch_window_index(lowest, floor_key) !=
		sketch_window_index(min_index, floor_key) ||
		sketch_window_index(highest, floor_key) !=
		sketch_window_index(max_index, floor_key))
		sla_input_fail(code, input,
					   psprintf("The lowest and highest buckets in use are %d and %d, but min_us " INT64_FORMAT " and max_us " INT64_FORMAT " fall in buckets %d and %d (or in the lowest bucket kept, when below the window).",
								lowest, highest, state->min, state->max,
								min_index, max_index));
}

/*
 * Return the stored form of a state: with the sketch's window for a
 * summary, with every bucket for a running aggregate's serialised state.
 */
struct varlena *
sla_state_flatten(const SlaState *state, bool windowed)
{
	int			floor_key;
	SlaSummaryHeader header;
	int			nbuckets;
	int			size;
	char	   *flat;

	floor_key = windowed ? sketch_window_floor(&state->sketch) : 0;
	size = sketch_encoded_size(&state->sketch, floor_key, &nbuckets);
	flat = palloc(sizeof(SlaSummaryHeader) + size);
	SET_VARSIZE(&header, sizeof(SlaSummaryHeader) + size);
	header.nbuckets = nbuckets;
	header.total = state->total;
	header.met = state->met;
	header.sum_high = (int64) (state->sum >> 64);
	header.sum_low = (uint64) state->sum;
	header.min = state->min;
	header.max = state->max;
	memcpy(flat, &header, sizeof(SlaSummaryHeader));
	sketch_encode(&state->sketch, floor_key,
				  (uint8 *) flat + sizeof(SlaSummaryHeader));
	return (struct varlena *) flat;
}

/*
 * Read a stored form, detoasted, into an empty state, checking it.
 */
void
sla_state_unflatten(SlaState *state, const struct varlena *flat)
{
	SlaSummaryHeader header;
	int			len = VARSIZE(flat) - (int) sizeof(SlaSummaryHeader);
	const char *problem;

	if (len < 0)
		sla_input_fail(ERRCODE_DATA_CORRUPTED, NULL,
					   "The stored value is shorter than its header.");
	memcpy(&header, flat, sizeof(SlaSummaryHeader));
	sla_state_init(state);
	state->total = header.total;
	state->met = header.met;
	state->sum = ((int128) header.sum_high << 64) | (int128) header.sum_low;
	state->min = header.min;
	state->max = header.max;
	state->min_ties = 1;
	state->max_ties = 1;
	if (header.nbuckets < 0 || header.nbuckets > 2 * SKETCH_MAX_INDEX + 1)
		sla_input_fail(ERRCODE_DATA_CORRUPTED, NULL,
					   "The stored bucket count is out of range.");
	problem = sketch_decode(&state->sketch,
							(const uint8 *) flat + sizeof(SlaSummaryHeader),
							len, header.nbuckets);
	if (problem != NULL)
		sla_input_fail(ERRCODE_DATA_CORRUPTED, NULL, problem);
	sla_state_check(state, ERRCODE_DATA_CORRUPTED, NULL);
}
