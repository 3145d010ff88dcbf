/*-------------------------------------------------------------------------
 *
 * calendar_cache.h
 *	  The per-query cache of a calendar argument (business_time.c), shared
 *	  by the SQL glue of business time and business days, with the checks
 *	  and errors they have in common.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SVC_CALENDAR_CACHE_H
#define SVC_CALENDAR_CACHE_H

#include "calendar.h"

#include "fmgr.h"
#include "utils/typcache.h"

/* The supported instants: the years 1900 to 2199, in UTC. */
#define CAL_FIRST_INSTANT	((int64) CAL_FIRST_DATE * CAL_DAY_USECS)
#define CAL_END_INSTANT		((int64) (CAL_LAST_DATE + 1) * CAL_DAY_USECS)

/* What one function call keeps between rows. */
typedef struct CalendarCache
{
	MemoryContext context;		/* holds all of the below */
	BusinessCalendar *cal;		/* an aligned copy of the calendar */
	CalZone		zone;			/* its zone table */
	bool		has_working_time;	/* any window at all */
	TypeCacheEntry *range_type; /* tstzrange, for paused time */
	bool		days_ready;		/* days below built (on first use) */
	CalDayCount days;			/* business-date tables */
} CalendarCache;

extern CalendarCache *calendar_cache(FunctionCallInfo fcinfo, Datum arg);
extern void cal_check_instant(TimestampTz t, const char *what);
extern void cal_require_working_time(CalendarCache *cache,
									 const char *what);
extern void cal_report_unreachable(CalendarCache *cache, TimestampTz from,
								   const char *what);
extern TimestampTz cal_checked_result(CalendarCache *cache, bool found,
									  int64 instant, TimestampTz from,
									  const char *what);

#endif							/* SVC_CALENDAR_CACHE_H */
