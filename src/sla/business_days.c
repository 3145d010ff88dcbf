/*-------------------------------------------------------------------------
 *
 * business_days.c
 *	  SQL glue of the business-day functions: argument checks, and the
 *	  business-date tables kept in the calendar cache of business_time.c,
 *	  built on first use.
 *
 *-------------------------------------------------------------------------
 */
#include "svcindex.h"
#include "calendar_cache.h"

#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"

PG_FUNCTION_INFO_V1(business_days);
PG_FUNCTION_INFO_V1(add_business_days);

/*
 * The business-date tables of a cached calendar, built once per query and
 * calendar in the cache's own memory.
 */
static const CalDayCount *
cached_day_count(CalendarCache *cache)
{
	if (!cache->days_ready)
	{
		MemoryContext old = MemoryContextSwitchTo(cache->context);

		cal_days_build(&cache->days, cache->cal, &cache->zone);
		MemoryContextSwitchTo(old);
		cache->days_ready = true;
	}
	return &cache->days;
}

/*
 * Reject an infinite date or one outside the supported years; the day
 * after the last supported date is accepted as the end of a range.
 */
static void
check_date(DateADT date, const char *what)
{
	if (DATE_NOT_FINITE(date))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite date, got %s", what,
						DatumGetCString(DirectFunctionCall1(
							date_out, DateADTGetDatum(date))))));
	if (date < CAL_FIRST_DATE || date > CAL_LAST_DATE + 1)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("%s %s is outside the years that business calendars cover",
						what, DatumGetCString(DirectFunctionCall1(
							date_out, DateADTGetDatum(date)))),
				 errdetail("Business calendars cover the years 1900 to 2199, so dates run from 1900-01-01 to 2200-01-01.")));
}

/*
 * business_days(calendar, start, finish): the number of business dates in
 * [start, finish), negative when finish is before start.
 */
Datum
business_days(PG_FUNCTION_ARGS)
{
	CalendarCache *cache = calendar_cache(fcinfo, PG_GETARG_DATUM(0));
	DateADT		start = PG_GETARG_DATEADT(1);
	DateADT		finish = PG_GETARG_DATEADT(2);
	const CalDayCount *days;

	check_date(start, "start");
	check_date(finish, "finish");
	days = cached_day_count(cache);
	PG_RETURN_INT32((int32)
					(cal_business_dates_before(cache->cal, days, finish) -
					 cal_business_dates_before(cache->cal, days, start)));
}

/*
 * Raise the error for a step of whole business dates that leaves the
 * supported years, naming the step, its start and, when the date was
 * reached, the moment on it from which no working time follows (forward)
 * or precedes (backward).  timestamptz_to_str() writes to one static
 * buffer, hence the copies.
 */
static void
report_step_failure(CalendarCache *cache, CalStepOutcome outcome,
					TimestampTz start, int32 steps, TimestampTz reached)
{
	char	   *start_text = pstrdup(timestamptz_to_str(start));

	cal_require_working_time(cache, "business date");
	if (outcome == CAL_STEP_NO_WORKING_TIME)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("days = %d from %s reaches %s, and no working time %s it within the years that business calendars cover",
						steps, start_text, timestamptz_to_str(reached),
						steps > 0 ? "follows" : "precedes"),
				 errdetail("Business calendars cover the years 1900 to 2199 (UTC).")));
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("days = %d from %s leads outside the years that business calendars cover",
					steps, start_text),
			 errdetail("Business calendars cover the years 1900 to 2199 (UTC).")));
}

/*
 * add_business_days(calendar, start, days): so many business dates after
 * (or before) start's local date at start's wall-clock time, moved to the
 * next (or previous) working moment when that is not working time.
 */
Datum
add_business_days(PG_FUNCTION_ARGS)
{
	CalendarCache *cache = calendar_cache(fcinfo, PG_GETARG_DATUM(0));
	TimestampTz start = PG_GETARG_TIMESTAMPTZ(1);
	int32		steps = PG_GETARG_INT32(2);
	int64		instant = 0;
	CalStepOutcome outcome;

	cal_check_instant(start, "start");
	outcome = cal_add_business_days(cache->cal, &cache->zone,
									cached_day_count(cache), start, steps,
									&instant);
	if (steps == 0)
		PG_RETURN_TIMESTAMPTZ(cal_checked_result(cache,
												 outcome == CAL_STEP_FOUND,
												 instant, start, "opening"));
	if (outcome == CAL_STEP_FOUND &&
		(instant < CAL_FIRST_INSTANT || instant >= CAL_END_INSTANT))
		outcome = CAL_STEP_NO_DATE;
	if (outcome != CAL_STEP_FOUND)
		report_step_failure(cache, outcome, start, steps, instant);
	PG_RETURN_TIMESTAMPTZ(instant);
}
