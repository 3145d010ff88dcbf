/*-------------------------------------------------------------------------
 *
 * business_time.c
 *	  SQL glue of the business-time functions: argument checks, and a
 *	  per-query cache (in fn_extra) of the calendar and its zone table, so
 *	  that the time-zone work is done once per query and calendar rather
 *	  than once per row.  The business-day functions share the cache.
 *
 *-------------------------------------------------------------------------
 */
#include "svcindex.h"
#include "calendar_cache.h"

#include "nodes/pg_list.h"
#include "nodes/primnodes.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/memutils.h"
#include "utils/multirangetypes.h"
#include "utils/timestamp.h"

PG_FUNCTION_INFO_V1(business_time);
PG_FUNCTION_INFO_V1(business_time_paused);
PG_FUNCTION_INFO_V1(business_deadline);
PG_FUNCTION_INFO_V1(is_business_time);
PG_FUNCTION_INFO_V1(next_business_time);

/*
 * Whether the calendar argument is a constant in the calling expression.
 * (A parameter is not enough: PL/pgSQL keeps an expression's state while
 * the variables behind its parameters change.)
 */
static bool
calendar_is_constant(FmgrInfo *flinfo)
{
	Node	   *expr = flinfo->fn_expr;

	return expr != NULL && IsA(expr, FuncExpr) &&
		IsA(linitial(((FuncExpr *) expr)->args), Const);
}

/*
 * The cached calendar and zone table for a calendar argument, rebuilt only
 * when the calendar differs from the previous row's.  A calendar given as
 * a constant is the same for every row, so it is not even compared.  A new
 * cache replaces the old one only once it is complete, so an error while
 * building leaves no half-built cache behind.
 */
CalendarCache *
calendar_cache(FunctionCallInfo fcinfo, Datum arg)
{
	CalendarCache *previous = (CalendarCache *) fcinfo->flinfo->fn_extra;
	CalendarCache *cache;
	struct varlena *raw;
	Size		len;
	MemoryContext context;
	MemoryContext old;
	BusinessCalendar *cal;

	if (previous != NULL && calendar_is_constant(fcinfo->flinfo))
		return previous;

	raw = PG_DETOAST_DATUM_PACKED(arg);
	len = VARSIZE_ANY_EXHDR(raw);
	if (previous != NULL && VARSIZE(previous->cal) - VARHDRSZ == len &&
		memcmp(VARDATA(previous->cal), VARDATA_ANY(raw), len) == 0)
		return previous;

	context = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt,
									"business calendar cache",
									ALLOCSET_SMALL_SIZES);
	old = MemoryContextSwitchTo(context);
	cal = palloc(len + VARHDRSZ);
	SET_VARSIZE(cal, len + VARHDRSZ);
	memcpy(VARDATA(cal), VARDATA_ANY(raw), len);
	if (cal->version != CAL_LAYOUT_VERSION)
		elog(ERROR, "business calendar layout version %d is not supported",
			 cal->version);

	cache = palloc0(sizeof(CalendarCache));
	cache->context = context;
	cache->cal = cal;
	cal_zone_build(&cache->zone, cal);
	cache->has_working_time = cal->week_prefix[7] > 0;
	for (int i = 0; i < cal->ndates && !cache->has_working_time; i++)
		cache->has_working_time =
			CAL_DATE_FIRST(cal)[i + 1] > CAL_DATE_FIRST(cal)[i];
	MemoryContextSwitchTo(old);

	if (previous != NULL)
		MemoryContextDelete(previous->context);
	fcinfo->flinfo->fn_extra = cache;
	return cache;
}

/*
 * Reject an infinite instant or one outside the supported years.
 */
void
cal_check_instant(TimestampTz t, const char *what)
{
	if (TIMESTAMP_NOT_FINITE(t))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite timestamp, got %s", what,
						timestamptz_to_str(t))));
	if (t < CAL_FIRST_INSTANT || t >= CAL_END_INSTANT)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("%s %s is outside the years that business calendars cover",
						what, timestamptz_to_str(t)),
				 errdetail("Business calendars cover the years 1900 to 2199 (UTC).")));
}

/*
 * Return an interval of so many microseconds, with no day or month part.
 */
static Interval *
make_usecs_interval(int64 usecs)
{
	Interval   *result = palloc(sizeof(Interval));

	result->time = usecs;
	result->day = 0;
	result->month = 0;
	return result;
}

/*
 * business_time(calendar, start, finish): working time in [start, finish),
 * negative when finish is before start.
 */
Datum
business_time(PG_FUNCTION_ARGS)
{
	CalendarCache *cache = calendar_cache(fcinfo, PG_GETARG_DATUM(0));
	TimestampTz start = PG_GETARG_TIMESTAMPTZ(1);
	TimestampTz finish = PG_GETARG_TIMESTAMPTZ(2);

	int64		working;

	cal_check_instant(start, "start");
	cal_check_instant(finish, "finish");
	working = cal_working_before(cache->cal, &cache->zone, finish) -
		cal_working_before(cache->cal, &cache->zone, start);
	PG_RETURN_INTERVAL_P(make_usecs_interval(working));
}

/*
 * business_time(calendar, start, finish, paused): the same, less the
 * working time inside the paused ranges.  A multirange holds disjoint
 * ranges, so each paused moment is counted once; only the part of a range
 * between start and finish counts, and a range's bounds being inclusive
 * or exclusive makes no difference to a duration.
 */
Datum
business_time_paused(PG_FUNCTION_ARGS)
{
	CalendarCache *cache = calendar_cache(fcinfo, PG_GETARG_DATUM(0));
	TimestampTz start = PG_GETARG_TIMESTAMPTZ(1);
	TimestampTz finish = PG_GETARG_TIMESTAMPTZ(2);
	MultirangeType *paused = PG_GETARG_MULTIRANGE_P(3);
	TimestampTz low = Min(start, finish);
	TimestampTz high = Max(start, finish);
	int64		working;

	cal_check_instant(start, "start");
	cal_check_instant(finish, "finish");
	working = cal_working_before(cache->cal, &cache->zone, high) -
		cal_working_before(cache->cal, &cache->zone, low);

	if (cache->range_type == NULL)
		cache->range_type =
			lookup_type_cache(MultirangeTypeGetOid(paused),
							  TYPECACHE_MULTIRANGE_INFO)->rngtype;

	for (uint32 i = 0; i < paused->rangeCount; i++)
	{
		RangeBound	lower;
		RangeBound	upper;
		TimestampTz from;
		TimestampTz to;

		multirange_get_bounds(cache->range_type, paused, i, &lower, &upper);
		from = lower.infinite ? low : Max(low, DatumGetTimestampTz(lower.val));
		to = upper.infinite ? high : Min(high, DatumGetTimestampTz(upper.val));
		if (from < to)
			working -= cal_working_before(cache->cal, &cache->zone, to) -
				cal_working_before(cache->cal, &cache->zone, from);
	}

	PG_RETURN_INTERVAL_P(make_usecs_interval(finish < start ? -working
											 : working));
}

/*
 * Return whether any supported date of a calendar whose windows are not
 * all empty keeps some working time in real time, that is, is a business
 * date: its windows may all fall in daylight-saving gaps or skipped days.
 * Only the error path asks, so the business-date tables are built here.
 */
static bool
calendar_works_in_real_time(CalendarCache *cache)
{
	CalDayCount days;

	cal_days_build(&days, cache->cal, &cache->zone);
	return cal_business_dates_before(cache->cal, &days, CAL_LAST_DATE + 1) >
		cal_business_dates_before(cache->cal, &days, CAL_FIRST_DATE);
}

/*
 * Raise the error for a calendar without working time, saying that no
 * "what" (a deadline, an opening, a business date) exists; return when
 * the calendar has some.
 */
void
cal_require_working_time(CalendarCache *cache, const char *what)
{
	if (!cache->has_working_time)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("business calendar has no working time, so no %s exists",
						what),
				 errhint("Give the calendar some hours, or some dates with shifts.")));
	if (!calendar_works_in_real_time(cache))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("business calendar has no working time, so no %s exists",
						what),
				 errdetail("Every interval of the calendar falls in a daylight-saving gap or a skipped day, so it lasts no time at all."),
				 errhint("Give the calendar some hours, or some dates with shifts.")));
}

/*
 * Raise the error for a deadline or an opening that no supported date
 * reaches.
 */
void
cal_report_unreachable(CalendarCache *cache, TimestampTz from,
					   const char *what)
{
	cal_require_working_time(cache, what);
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("no %s from %s within the years that business calendars cover",
					what, timestamptz_to_str(from)),
			 errdetail("Business calendars cover the years 1900 to 2199 (UTC).")));
}

/*
 * Map a result instant into the supported years, or raise the error.
 */
TimestampTz
cal_checked_result(CalendarCache *cache, bool found, int64 instant,
				   TimestampTz from, const char *what)
{
	if (!found || instant < CAL_FIRST_INSTANT || instant >= CAL_END_INSTANT)
		cal_report_unreachable(cache, from, what);
	return instant;
}

/*
 * business_deadline(calendar, start, amount): the earliest instant at
 * which business_time(calendar, start, t) reaches amount; for a negative
 * amount, the latest instant t at which business_time(calendar, t, start)
 * reaches its size.
 */
Datum
business_deadline(PG_FUNCTION_ARGS)
{
	CalendarCache *cache = calendar_cache(fcinfo, PG_GETARG_DATUM(0));
	TimestampTz start = PG_GETARG_TIMESTAMPTZ(1);
	Interval   *amount = PG_GETARG_INTERVAL_P(2);
	int64		target;
	int64		instant = 0;
	bool		found;

	cal_check_instant(start, "start");
	if (amount->month != 0 || amount->day != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("amount %s has a day or month part",
						DatumGetCString(DirectFunctionCall1(
							interval_out, IntervalPGetDatum(amount)))),
				 errdetail("A business day has no fixed length, so the amount must be given in hours, minutes and seconds."),
				 errhint("Write 24 working hours as '24 hours'.")));
	if (amount->time == 0)
		PG_RETURN_TIMESTAMPTZ(start);

	/* amounts beyond the supported span cannot be reached */
	if (amount->time > CAL_END_INSTANT - CAL_FIRST_INSTANT ||
		amount->time < CAL_FIRST_INSTANT - CAL_END_INSTANT)
		cal_report_unreachable(cache, start, "deadline");

	target = cal_working_before(cache->cal, &cache->zone, start) +
		amount->time;
	found = cal_find_instant(cache->cal, &cache->zone, target,
							 amount->time < 0, &instant);
	PG_RETURN_TIMESTAMPTZ(cal_checked_result(cache, found, instant, start,
											 "deadline"));
}

/*
 * is_business_time(calendar, t): whether t lies in a working window.
 */
Datum
is_business_time(PG_FUNCTION_ARGS)
{
	CalendarCache *cache = calendar_cache(fcinfo, PG_GETARG_DATUM(0));
	TimestampTz t = PG_GETARG_TIMESTAMPTZ(1);

	cal_check_instant(t, "time");
	PG_RETURN_BOOL(cal_is_working(cache->cal, &cache->zone, t));
}

/*
 * next_business_time(calendar, t): t itself in working time, else the
 * next opening.
 */
Datum
next_business_time(PG_FUNCTION_ARGS)
{
	CalendarCache *cache = calendar_cache(fcinfo, PG_GETARG_DATUM(0));
	TimestampTz t = PG_GETARG_TIMESTAMPTZ(1);
	int64		instant = 0;
	bool		found;

	cal_check_instant(t, "time");
	found = cal_find_instant(cache->cal, &cache->zone,
							 cal_working_before(cache->cal, &cache->zone, t),
							 true, &instant);
	PG_RETURN_TIMESTAMPTZ(cal_checked_result(cache, found, instant, t,
											 "opening"));
}
