/*-------------------------------------------------------------------------
 *
 * business_days_core.c
 *	  Business-date arithmetic over a compiled business calendar: the
 *	  number of business dates before a date, and steps of whole business
 *	  dates from an instant.  Plain C over the layout in calendar.h; see
 *	  there for the function B this file computes.
 *
 *-------------------------------------------------------------------------
 */
#include "calendar.h"

/*
 * Build the tables behind B for a calendar and its zone, in the current
 * memory context: the business weekdays, what each exception date changes
 * against its weekday, and the dates whose every window collapses (only
 * dates touched by an offset change can, and the zone table lists those).
 */
void
cal_days_build(CalDayCount *days, const BusinessCalendar *cal,
			   const CalZone *zone)
{
	const int32 *dates = CAL_DATES(cal);
	const int32 *first = CAL_DATE_FIRST(cal);
	int32		open[7];

	days->week_prefix[0] = 0;
	for (int wd = 0; wd < 7; wd++)
	{
		open[wd] = cal->week_first[wd + 1] > cal->week_first[wd] ? 1 : 0;
		days->week_prefix[wd + 1] = days->week_prefix[wd] + open[wd];
	}

	days->excess_prefix = palloc((cal->ndates + 1) * sizeof(int32));
	days->excess_prefix[0] = 0;
	for (int i = 0; i < cal->ndates; i++)
		days->excess_prefix[i + 1] = days->excess_prefix[i] +
			(first[i + 1] > first[i] ? 1 : 0) - open[cal_weekday(dates[i])];

	days->void_dates = palloc(Max(zone->ncorr, 1) * sizeof(int32));
	days->nvoid = 0;
	for (int i = 0; i < zone->ncorr; i++)
	{
		int32		date = zone->corr_dates[i];

		if (cal_date_wall_time(cal, date) > 0 &&
			cal_date_real_time(cal, zone, date) == 0)
			days->void_dates[days->nvoid++] = date;
	}
}

/*
 * B(D): the number of business dates before the date D, from the origin
 * Monday 2000-01-03 (negative before it).  It grows by one from a business
 * date to the next date and stays put otherwise.
 */
int64
cal_business_dates_before(const BusinessCalendar *cal,
						  const CalDayCount *days, int32 date)
{
	int32		from_monday = date - 2;
	int32		weeks = cal_floor_div(from_monday, 7);
	int			rest = from_monday - weeks * 7;

	return (int64) weeks * days->week_prefix[7] + days->week_prefix[rest] +
		days->excess_prefix[cal_count_below(CAL_DATES(cal), cal->ndates,
											date)] -
		cal_count_below(days->void_dates, days->nvoid, date);
}

/*
 * Find the business date D with B(D) = rank by bisection over the
 * supported dates; false when no supported date has that rank.
 */
static bool
business_date_of_rank(const BusinessCalendar *cal, const CalDayCount *days,
					  int64 rank, int32 *date)
{
	int32		lo = CAL_FIRST_DATE;
	int32		hi = CAL_LAST_DATE + 1;

	if (cal_business_dates_before(cal, days, lo) > rank ||
		cal_business_dates_before(cal, days, hi) <= rank)
		return false;

	/* smallest date E in (lo, hi] with B(E) > rank; D is the day before */
	while (hi - lo > 1)
	{
		int32		mid = lo + (hi - lo) / 2;

		if (cal_business_dates_before(cal, days, mid) > rank)
			hi = mid;
		else
			lo = mid;
	}
	*date = hi - 1;
	return true;
}

/*
 * Step whole business dates from an instant, as zendesk/biz does: from
 * the instant's local date D0, the steps-th business date after it
 * (steps > 0) or before it (steps < 0), at the instant's wall-clock time
 * (read by the convention of calendar.h where it does not exist); then,
 * when that is not working time, the next opening (forward) or the end of
 * the previous working window (backward).  Zero steps keep the instant
 * and move it forward the same way.  The date reached has rank
 * B(D0 + 1) + steps - 1 forward and B(D0) + steps backward.  Says which
 * part failed when the date or the working moment sought lies outside
 * the supported years; for the latter, *instant is the date reached at
 * the wall-clock time.
 */
CalStepOutcome
cal_add_business_days(const BusinessCalendar *cal, const CalZone *zone,
					  const CalDayCount *days, int64 start, int32 steps,
					  int64 *instant)
{
	int64		local = cal_to_local(zone, start);
	int32		from = cal_floor_div(local, CAL_DAY_USECS);
	int64		at = start;

	if (steps != 0)
	{
		int64		rank;
		int32		reached;

		if (steps > 0)
			rank = cal_business_dates_before(cal, days, from + 1) + steps - 1;
		else
			rank = cal_business_dates_before(cal, days, from) + steps;
		if (!business_date_of_rank(cal, days, rank, &reached))
			return CAL_STEP_NO_DATE;
		at = cal_to_instant(zone, local +
							(int64) (reached - from) * CAL_DAY_USECS);
	}

	*instant = at;
	if (steps < 0 && cal_is_working(cal, zone, at))
		return CAL_STEP_FOUND;
	if (!cal_find_instant(cal, zone, cal_working_before(cal, zone, at),
						  steps >= 0, instant))
	{
		*instant = at;
		return CAL_STEP_NO_WORKING_TIME;
	}
	return CAL_STEP_FOUND;
}
