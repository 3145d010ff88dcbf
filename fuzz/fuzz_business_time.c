/*-------------------------------------------------------------------------
 *
 * fuzz_business_time.c
 *	  Fuzz target for working-time and business-date arithmetic over a
 *	  compiled calendar (src/sla/business_time_core.c, business_days_core.c,
 *	  calendar_build.c, calendar_zone.c).
 *
 * The input describes a synthetic time zone (a base offset and up to six
 * offset changes, a week or more apart, offsets within 14 hours of UTC,
 * no change larger than a day, as in the time-zone database since 1900),
 * a week of working windows and a few exception dates, laid out as the
 * calendar parser would accept them; then pairs of instants near the
 * offset changes.  The zone table is built by the product's own code from
 * the stand-in time-zone database in support.c.  Checked:
 *  - business time F(b) - F(a) equals a direct sum over every window of
 *    the dates around [a, b), each window's edges turned into instants by
 *    an independent reading of the convention in calendar.h;
 *  - no instant is counted twice: business time never exceeds the time
 *    that elapses;
 *  - F is non-decreasing, and the halves of a span agree with the
 *    reference too, so business time is additive over a split span;
 *  - the deadline is the inverse of F: the earliest instant at which F
 *    reaches the target (and the latest at which it is still there);
 *  - an instant is working time exactly when F rises right after it;
 *  - the number of business dates between two dates equals a day-by-day
 *    count of the dates with a window that keeps a positive length as
 *    instants under the independent reading;
 *  - a step of whole business dates starts from the date a walk over
 *    those dates reaches, at the same wall-clock time read independently,
 *    and ends on the first working moment from there (forward) or on that
 *    instant or the closing before it (backward), with no working time
 *    in between.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <stdlib.h>

#include "calendar.h"
#include "support.h"

#define MINUTE		(INT64CONST(60000000))
#define MAX_EXCEPTIONS 4
#define UNIX_TO_PG_SECS INT64CONST(946684800)
#define WALK_LIMIT	400			/* dates a reference step walks at most */

static CalDateSpec week[7];
static CalDateSpec exceptions[MAX_EXCEPTIONS];
static int	nexceptions;

/*
 * Offset in seconds in force at a Unix time under the synthetic zone.
 */
static long
zone_offset_at(int64 unix_secs)
{
	long		offset = fuzz_zone.base_offset;

	for (int i = 0; i < fuzz_zone.nchanges; i++)
	{
		if (fuzz_zone.trans_at[i] <= unix_secs)
			offset = fuzz_zone.off_after[i];
	}
	return offset;
}

/*
 * The instant (PostgreSQL microseconds) of a window edge at a local time,
 * read afresh from the convention: the earliest instant at which the clock
 * shows that time or later, so a time in a gap is the change itself and an
 * ambiguous time its first occurrence.  Under each offset the clock runs
 * on from the instant the offset takes force, so each gives one candidate.
 */
static int64
reference_instant(int64 local)
{
	int64		best = PG_INT64_MAX;

	for (int i = 0; i <= fuzz_zone.nchanges; i++)
	{
		long		offset = i == 0 ? fuzz_zone.base_offset :
			fuzz_zone.off_after[i - 1];
		int64		from = i == 0 ? PG_INT64_MIN :
			(fuzz_zone.trans_at[i - 1] - UNIX_TO_PG_SECS) * USECS_PER_SEC;
		int64		until = i == fuzz_zone.nchanges ? PG_INT64_MAX :
			(fuzz_zone.trans_at[i] - UNIX_TO_PG_SECS) * USECS_PER_SEC;
		int64		instant = Max(from, local - (int64) offset * USECS_PER_SEC);

		if (instant < until && instant < best)
			best = instant;
	}
	return best;
}

/*
 * The windows a date has, from the specifications the calendar was built
 * from.
 */
static const CalDateSpec *
reference_spec(int32 date)
{
	for (int i = 0; i < nexceptions; i++)
	{
		if (exceptions[i].date == date)
			return &exceptions[i];
	}
	return &week[cal_weekday(date)];
}

/*
 * Working time in [a, b) summed window by window over the dates around.
 */
static int64
reference_business_time(int64 a, int64 b)
{
	int32		first = cal_floor_div(a, CAL_DAY_USECS) - 3;
	int32		last = cal_floor_div(b, CAL_DAY_USECS) + 3;
	int64		total = 0;

	for (int32 d = first; d <= last; d++)
	{
		const CalDateSpec *spec = reference_spec(d);

		for (int i = 0; i < spec->nwindows; i++)
		{
			int64		midnight = (int64) d * CAL_DAY_USECS;
			int64		start = reference_instant(midnight +
											  spec->windows[i].start);
			int64		end = reference_instant(midnight +
												spec->windows[i].end);

			if (end <= start)
				continue;
			start = Max(start, a);
			end = Min(end, b);
			if (end > start)
				total += end - start;
		}
	}
	return total;
}

/*
 * Whether a date is a business date by the reference reading: some window
 * of it keeps a positive length as instants.
 */
static bool
reference_business_date(int32 date)
{
	const CalDateSpec *spec = reference_spec(date);
	int64		midnight = (int64) date * CAL_DAY_USECS;

	for (int i = 0; i < spec->nwindows; i++)
	{
		if (reference_instant(midnight + spec->windows[i].end) >
			reference_instant(midnight + spec->windows[i].start))
			return true;
	}
	return false;
}

/*
 * Check the count of business dates in [first, last) against a count of
 * the dates one by one.
 */
static void
check_day_count(const BusinessCalendar *cal, const CalDayCount *days,
				int32 first, int32 last)
{
	int64		count = 0;

	for (int32 d = first; d < last; d++)
		count += reference_business_date(d) ? 1 : 0;
	if (cal_business_dates_before(cal, days, last) -
		cal_business_dates_before(cal, days, first) != count)
		abort();
}

/*
 * Check a step of whole business dates from an instant against a walk
 * over the dates, as the header comment describes.
 */
static void
check_step(const BusinessCalendar *cal, const CalZone *zone,
		   const CalDayCount *days, int64 start, int32 steps)
{
	int64		usecs_in_sec = ((start % USECS_PER_SEC) + USECS_PER_SEC) %
		USECS_PER_SEC;
	int64		unix_secs = (start - usecs_in_sec) / USECS_PER_SEC +
		UNIX_TO_PG_SECS;
	int64		local = start + (int64) zone_offset_at(unix_secs) *
		USECS_PER_SEC;
	int32		from = cal_floor_div(local, CAL_DAY_USECS);
	int64		at = start;
	int64		result;

	if (steps != 0)
	{
		int32		left = Abs(steps);
		int32		d = from;

		while (left > 0 && Abs(d - from) < WALK_LIMIT)
		{
			d += steps > 0 ? 1 : -1;
			if (reference_business_date(d))
				left--;
		}
		if (left > 0)
			return;
		/* a date outside the supported years is not reached */
		if (d < CAL_FIRST_DATE || d > CAL_LAST_DATE)
		{
			if (cal_add_business_days(cal, zone, days, start, steps, &result))
				abort();
			return;
		}
		at = reference_instant(local + (int64) (d - from) * CAL_DAY_USECS);
	}

	if (!cal_add_business_days(cal, zone, days, start, steps, &result))
	{
		/* only when no working time lies ahead (or behind) in range */
		int64		far = cal_working_before(cal, zone,
											 (int64) (steps >= 0 ?
													  CAL_LAST_DATE + 1 :
													  CAL_FIRST_DATE) *
											 CAL_DAY_USECS);

		if (steps >= 0 ? far > cal_working_before(cal, zone, at) :
			far < cal_working_before(cal, zone, at))
			abort();
		return;
	}
	if (cal_working_before(cal, zone, result) !=
		cal_working_before(cal, zone, at))
		abort();
	if (steps >= 0 && (result < at || !cal_is_working(cal, zone, result)))
		abort();
	if (steps < 0 &&
		(result > at ||
		 (cal_is_working(cal, zone, at) ? result != at :
		  !cal_is_working(cal, zone, result - 1) ||
		  cal_is_working(cal, zone, result))))
		abort();
}

/*
 * Read up to three sorted, disjoint windows within one day, at
 * quarter-hour edges with a few microseconds' jitter.
 */
static void
take_windows(FuzzInput *in, CalDateSpec *spec)
{
	int64		at = 0;
	int			n = (int) fuzz_take(in, 1) % 4;

	spec->nwindows = 0;
	for (int i = 0; i < n; i++)
	{
		int64		gap = (int64) (fuzz_take(in, 1) % 97) * 15 * MINUTE;
		int64		length = (int64) (fuzz_take(in, 1) % 97 + 1) * 15 * MINUTE;

		if (at + gap + length > CAL_DAY_USECS)
			break;
		spec->windows[i].start = at + gap;
		spec->windows[i].end = at + gap + length;
		spec->nwindows++;
		at += gap + length;
	}
}

/*
 * Let the last window of a date run past midnight, by no more than any
 * date's first window leaves free, as the calendar parser requires.
 */
static void
extend_past_midnight(CalDateSpec *spec, int64 free_after_midnight,
					 uint8 choice)
{
	CalWindow  *last;

	if (spec->nwindows == 0 || (choice & 1) == 0)
		return;
	last = &spec->windows[spec->nwindows - 1];
	if (last->end == CAL_DAY_USECS)
		last->end += Min(free_after_midnight,
						 (int64) (choice >> 1) * 15 * MINUTE);
}

/*
 * Check the deadline search at a target against F.
 */
static void
check_deadline(const BusinessCalendar *cal, const CalZone *zone,
			   int64 target)
{
	int64		instant;

	if (cal_find_instant(cal, zone, target, false, &instant))
	{
		if (cal_working_before(cal, zone, instant) != target ||
			cal_working_before(cal, zone, instant - 1) >= target)
			abort();
	}
	if (cal_find_instant(cal, zone, target, true, &instant))
	{
		if (cal_working_before(cal, zone, instant) != target ||
			cal_working_before(cal, zone, instant + 1) <= target)
			abort();
	}
}

/*
 * libFuzzer entry point.
 */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FuzzInput	in = {data, size, 0};
	int32		base_date;
	int64		free_after_midnight = CAL_DAY_USECS;
	long		quarter = 15 * 60;
	BusinessCalendar *cal;
	CalZone		zone;
	CalDayCount days;
	int64		unix_at;
	long		before;

	/* a base date in the supported years, away from their ends */
	base_date = CAL_FIRST_DATE + 60 +
		(int32) (fuzz_take(&in, 2) % (CAL_LAST_DATE - CAL_FIRST_DATE - 120));

	/* the zone: offsets in quarter hours within 14 hours of UTC */
	fuzz_zone.base_offset = ((long) (fuzz_take(&in, 1) % 113) - 56) * quarter;
	fuzz_zone.nchanges = (int) fuzz_take(&in, 1) % 7;
	unix_at = ((int64) base_date - 10) * SECS_PER_DAY + UNIX_TO_PG_SECS;
	for (int i = 0; i < fuzz_zone.nchanges; i++)
	{
		unix_at += (int64) (fuzz_take(&in, 1) % 8 + 7) * SECS_PER_DAY +
			(int64) (fuzz_take(&in, 1) % 96) * quarter;
		fuzz_zone.trans_at[i] = unix_at;
		fuzz_zone.off_after[i] = ((long) (fuzz_take(&in, 1) % 113) - 56) *
			quarter;
		/* no zone in the supported years changes by more than a day */
		before = i == 0 ? fuzz_zone.base_offset : fuzz_zone.off_after[i - 1];
		fuzz_zone.off_after[i] = Max(Min(fuzz_zone.off_after[i],
										 before + SECS_PER_DAY),
									 before - SECS_PER_DAY);
	}

	/* the week and the exception dates */
	for (int wd = 0; wd < 7; wd++)
		take_windows(&in, &week[wd]);
	nexceptions = (int) fuzz_take(&in, 1) % (MAX_EXCEPTIONS + 1);
	for (int i = 0; i < nexceptions; i++)
	{
		exceptions[i].date = (i == 0 ? base_date - 5 :
							  exceptions[i - 1].date) +
			(int32) (fuzz_take(&in, 1) % 20) + 1;
		take_windows(&in, &exceptions[i]);
	}
	for (int wd = 0; wd < 7; wd++)
		if (week[wd].nwindows > 0)
			free_after_midnight = Min(free_after_midnight,
									  week[wd].windows[0].start);
	for (int i = 0; i < nexceptions; i++)
		if (exceptions[i].nwindows > 0)
			free_after_midnight = Min(free_after_midnight,
									  exceptions[i].windows[0].start);
	for (int wd = 0; wd < 7; wd++)
		extend_past_midnight(&week[wd], free_after_midnight,
							 (uint8) fuzz_take(&in, 1));
	for (int i = 0; i < nexceptions; i++)
		extend_past_midnight(&exceptions[i], free_after_midnight,
							 (uint8) fuzz_take(&in, 1));

	cal = cal_assemble("fuzz", week, exceptions, nexceptions);
	cal_zone_build(&zone, cal);
	cal_days_build(&days, cal, &zone);

	/* spans around the base date, at minutes with some microseconds */
	while (in.pos < in.size)
	{
		int64		a = (int64) (base_date - 10) * CAL_DAY_USECS +
			(int64) (fuzz_take(&in, 2) % (60 * 24 * 60)) * MINUTE +
			(int64) (fuzz_take(&in, 1) % 3) - 1;
		int64		b = a + (int64) (fuzz_take(&in, 2) % (60 * 24 * 8)) * MINUTE +
			(int64) (fuzz_take(&in, 1) % 3);
		int64		mid = a + (b - a) / 2;
		int64		fa = cal_working_before(cal, &zone, a);
		int64		fb = cal_working_before(cal, &zone, b);
		int64		fmid = cal_working_before(cal, &zone, mid);

		if (fb - fa != reference_business_time(a, b))
			abort();
		if (fa > fmid || fmid > fb || fb - fa > b - a)
			abort();
		if (fmid - fa != reference_business_time(a, mid))
			abort();
		if (cal_is_working(cal, &zone, a) !=
			(cal_working_before(cal, &zone, a + 1) > fa))
			abort();
		check_deadline(cal, &zone, fa + (fb - fa) / 2);
		check_deadline(cal, &zone, fb);
		check_day_count(cal, &days, cal_floor_div(a, CAL_DAY_USECS) - 3,
						cal_floor_div(b, CAL_DAY_USECS) + 3);
		check_step(cal, &zone, &days, a,
				   (int32) (fuzz_take(&in, 1) % 21) - 10);
	}
	fuzz_free_all();
	return 0;
}
