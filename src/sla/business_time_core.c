/*-------------------------------------------------------------------------
 *
 * business_time_core.c
 *	  Working-time arithmetic over a compiled business calendar: the
 *	  working time before an instant, its inverse for deadlines, and
 *	  whether an instant is working time.  Plain C over the layout in
 *	  calendar.h; see there for the function F this file computes.
 *
 *-------------------------------------------------------------------------
 */
#include "calendar.h"

/*
 * Divide rounding towards minus infinity, for dates and weekdays of
 * instants before 2000.
 */
int32
cal_floor_div(int64 a, int64 b)
{
	int64		q = a / b;

	if ((a % b != 0) && ((a < 0) != (b < 0)))
		q--;
	return (int32) q;
}

/*
 * Weekday of a date, 0 for Monday to 6 for Sunday (2000-01-01 was a
 * Saturday).
 */
int
cal_weekday(int32 date)
{
	return (int) (((date % 7) + 7 + 5) % 7);
}

/*
 * Number of entries of a sorted int32 array below the key.
 */
int
cal_count_below(const int32 *values, int n, int32 key)
{
	int			lo = 0;
	int			hi = n;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (values[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Number of entries of a sorted int64 array at or below the key.
 */
static int
count_not_above_int64(const int64 *values, int n, int64 key)
{
	int			lo = 0;
	int			hi = n;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (values[mid] <= key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Point *windows at the windows of a local date (its exception entry if it
 * has one, else its weekday's) and return how many there are.
 */
int
cal_date_windows(const BusinessCalendar *cal, int32 date,
				 const CalWindow **windows)
{
	const int32 *dates = CAL_DATES(cal);
	int			i = cal_count_below(dates, cal->ndates, date);

	if (i < cal->ndates && dates[i] == date)
	{
		const int32 *first = CAL_DATE_FIRST(cal);

		*windows = CAL_WINDOWS(cal) + first[i];
		return first[i + 1] - first[i];
	}
	else
	{
		int			wd = cal_weekday(date);

		*windows = CAL_WINDOWS(cal) + cal->week_first[wd];
		return cal->week_first[wd + 1] - cal->week_first[wd];
	}
}

/*
 * Number of offset changes at or before an instant, from its bucket.
 */
static int
changes_not_after(const CalZone *zone, int64 instant)
{
	int64		b = (instant - zone->bucket_origin) / CAL_BUCKET_USECS;
	int			i = zone->bucket_first[Max(0, Min(b, zone->nbuckets - 1))];

	while (i > 0 && zone->trans_at[i - 1] > instant)
		i--;
	while (i < zone->ntrans && zone->trans_at[i] <= instant)
		i++;
	return i;
}

/*
 * Offset in force after the first i offset changes.
 */
static inline int64
offset_after(const CalZone *zone, int i)
{
	return i == 0 ? zone->base_offset : zone->off_after[i - 1];
}

/*
 * Local wall-clock time (microseconds since 2000-01-01 00:00 local) of an
 * instant.
 */
int64
cal_to_local(const CalZone *zone, int64 instant)
{
	return instant + offset_after(zone, changes_not_after(zone, instant));
}

/*
 * The instant of a local time when the first i offset changes are behind
 * it, by the convention in calendar.h: a time in an overlap is read with
 * the offset in force before the change, and a time in a gap is read as
 * the instant of the change itself, so that later local times never give
 * earlier instants.
 */
static inline int64
local_to_instant(const CalZone *zone, int i, int64 local)
{
	int64		instant = local - offset_after(zone, i);

	if (i < zone->ntrans)
		instant = Min(instant, zone->trans_at[i]);
	return instant;
}

/*
 * The instant of a local time, by the convention in calendar.h.
 */
int64
cal_to_instant(const CalZone *zone, int64 local)
{
	int			i = count_not_above_int64(zone->local_key, zone->ntrans,
										  local);

	return local_to_instant(zone, i, local);
}

/*
 * Wall-clock working time of a local date.
 */
int64
cal_date_wall_time(const BusinessCalendar *cal, int32 date)
{
	const CalWindow *w;
	int			n = cal_date_windows(cal, date, &w);
	int64		total = 0;

	for (int i = 0; i < n; i++)
		total += w[i].end - w[i].start;
	return total;
}

/*
 * A walk over local times in increasing order, converting each to its
 * instant without searching the table of offset changes again: windows are
 * sorted and disjoint across dates, so their edges only ever move forward.
 */
typedef struct ZoneCursor
{
	const CalZone *zone;
	int			next;			/* first change whose local key is above
								 * the last local time seen */
} ZoneCursor;

/*
 * Start a walk at a local time, searching for its place from a nearby
 * index of the change table.
 */
static void
cursor_init(ZoneCursor *cursor, const CalZone *zone, int64 local, int near)
{
	int			i = near;

	while (i > 0 && zone->local_key[i - 1] > local)
		i--;
	while (i < zone->ntrans && zone->local_key[i] <= local)
		i++;
	cursor->zone = zone;
	cursor->next = i;
}

/*
 * The instant of the next local time of the walk, as cal_to_instant.
 */
static int64
cursor_instant(ZoneCursor *cursor, int64 local)
{
	const CalZone *zone = cursor->zone;

	while (cursor->next < zone->ntrans &&
		   zone->local_key[cursor->next] <= local)
		cursor->next++;
	return local_to_instant(zone, cursor->next, local);
}

/*
 * Working time of a date's windows that lies before an instant, in real
 * elapsed time.
 */
static int64
windows_time_before(ZoneCursor *cursor, const CalWindow *w, int n,
					int32 date, int64 instant)
{
	int64		midnight = (int64) date * CAL_DAY_USECS;
	int64		total = 0;

	for (int i = 0; i < n; i++)
	{
		int64		start = cursor_instant(cursor, midnight + w[i].start);
		int64		end = cursor_instant(cursor, midnight + w[i].end);

		if (end <= start)
			continue;
		if (start >= instant)
			break;
		total += Min(end, instant) - start;
	}
	return total;
}

/*
 * The windows of a date during a walk over increasing dates: *k is the
 * first exception date not before the previous date asked for.
 */
static int
windows_in_walk(const BusinessCalendar *cal, int32 date, int *k,
				const CalWindow **windows)
{
	const int32 *dates = CAL_DATES(cal);

	while (*k < cal->ndates && dates[*k] < date)
		(*k)++;
	if (*k < cal->ndates && dates[*k] == date)
	{
		const int32 *first = CAL_DATE_FIRST(cal);

		*windows = CAL_WINDOWS(cal) + first[*k];
		return first[*k + 1] - first[*k];
	}
	else
	{
		int			wd = cal_weekday(date);

		*windows = CAL_WINDOWS(cal) + cal->week_first[wd];
		return cal->week_first[wd + 1] - cal->week_first[wd];
	}
}

/*
 * Real working time of a whole local date.
 */
int64
cal_date_real_time(const BusinessCalendar *cal, const CalZone *zone,
				   int32 date)
{
	const CalWindow *w;
	int			n = cal_date_windows(cal, date, &w);
	ZoneCursor	cursor;

	cursor_init(&cursor, zone, (int64) date * CAL_DAY_USECS,
				count_not_above_int64(zone->local_key, zone->ntrans,
									  (int64) date * CAL_DAY_USECS));
	return windows_time_before(&cursor, w, n, date, PG_INT64_MAX);
}

/*
 * G(D): working time of all local dates before the date D, from a fixed
 * origin (negative before it); dates_below is the number of exception
 * dates before D.  Whole weeks count the weekly total; the
 * exception dates and the dates touched by offset changes add their
 * differences through prefix sums.
 */
static int64
whole_dates_before(const BusinessCalendar *cal, const CalZone *zone,
				   int32 date, int dates_below)
{
	/* weeks counted from Monday 2000-01-03 */
	int32		from_monday = date - 2;
	int32		weeks = cal_floor_div(from_monday, 7);
	int			rest = from_monday - weeks * 7;
	int64		total;

	total = (int64) weeks * cal->week_prefix[7] + cal->week_prefix[rest];
	total += CAL_EXCESS(cal)[dates_below];
	total += zone->corr_prefix[cal_count_below(zone->corr_dates,
											   zone->ncorr, date)];
	return total;
}

/*
 * F(t): working time before an instant, from the origin of
 * whole_dates_before.  Windows of dates before the day before t's local
 * date have ended by t; those of the dates after the day after t's local
 * date start after t; the three in between are read window by window.
 */
int64
cal_working_before(const BusinessCalendar *cal, const CalZone *zone,
				   int64 instant)
{
	int			change = changes_not_after(zone, instant);
	int32		date = cal_floor_div(instant + offset_after(zone, change),
									 CAL_DAY_USECS);
	int			k = cal_count_below(CAL_DATES(cal), cal->ndates, date - 1);
	int64		total = whole_dates_before(cal, zone, date - 1, k);
	ZoneCursor	cursor;

	cursor_init(&cursor, zone, (int64) (date - 1) * CAL_DAY_USECS, change);
	for (int32 d = date - 1; d <= date + 1; d++)
	{
		const CalWindow *w;
		int			n = windows_in_walk(cal, d, &k, &w);

		total += windows_time_before(&cursor, w, n, d, instant);
	}
	return total;
}

/*
 * Invert F: find the earliest instant at which F reaches the target (or,
 * with strictly_above, the earliest instant after which F exceeds it,
 * which is the latest instant at which F is still at the target).  The
 * local date whose windows cross the target is found by bisection over
 * the supported dates, then its windows are read.  Returns false when no
 * supported date reaches the target.
 */
bool
cal_find_instant(const BusinessCalendar *cal, const CalZone *zone,
				 int64 target, bool strictly_above, int64 *instant)
{
	int32		lo = CAL_FIRST_DATE - 2;
	int32		hi = CAL_LAST_DATE + 2;
	int64		done;
	const CalWindow *w;
	int			n;
	int64		midnight;

#define PASSES(value) (strictly_above ? (value) > target : (value) >= target)
#define G(d) whole_dates_before(cal, zone, (d), \
								cal_count_below(CAL_DATES(cal), \
												cal->ndates, (d)))

	if (!PASSES(G(hi)) || PASSES(G(lo)))
		return false;

	/* smallest date D with G(D) passing the target, in (lo, hi] */
	while (hi - lo > 1)
	{
		int32		mid = lo + (hi - lo) / 2;

		if (PASSES(G(mid)))
			hi = mid;
		else
			lo = mid;
	}

	/* the windows of date D - 1 cross the target */
	done = G(lo);
	n = cal_date_windows(cal, lo, &w);
	midnight = (int64) lo * CAL_DAY_USECS;
	for (int i = 0; i < n; i++)
	{
		int64		start = cal_to_instant(zone, midnight + w[i].start);
		int64		end = cal_to_instant(zone, midnight + w[i].end);

		if (end <= start)
			continue;
		if (PASSES(done + (end - start)))
		{
			*instant = start + (target - done);
			return true;
		}
		done += end - start;
	}
#undef PASSES
#undef G
	elog(ERROR, "business calendar working time of date %d is inconsistent",
		 lo);
	return false;
}

/*
 * Whether an instant lies in a working window (opening included, closing
 * excluded).
 */
bool
cal_is_working(const BusinessCalendar *cal, const CalZone *zone,
			   int64 instant)
{
	int32		date = cal_floor_div(cal_to_local(zone, instant),
									 CAL_DAY_USECS);

	for (int32 d = date - 1; d <= date + 1; d++)
	{
		const CalWindow *w;
		int			n = cal_date_windows(cal, d, &w);
		int64		midnight = (int64) d * CAL_DAY_USECS;

		for (int i = 0; i < n; i++)
		{
			int64		start = cal_to_instant(zone, midnight + w[i].start);
			int64		end = cal_to_instant(zone, midnight + w[i].end);

			if (start <= instant && instant < end)
				return true;
		}
	}
	return false;
}
