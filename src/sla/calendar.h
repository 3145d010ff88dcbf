/*-------------------------------------------------------------------------
 *
 * calendar.h
 *	  The compiled form of a business calendar and the working-time
 *	  arithmetic over it.
 *
 * A calendar is a week of working windows (per weekday, in local wall
 * clock time) and a sorted list of exception dates, each with its own
 * windows (a holiday has none; a make-up working day or a shortened day
 * has its own).  A window belongs to the local date it starts on and may
 * run past midnight, up to one day long.  Times are kept in microseconds,
 * dates as days since 2000-01-01, as PostgreSQL keeps them.
 *
 * Working time is measured in real elapsed time.  A window's edges are
 * local times, read as instants in the calendar's time zone: a local time
 * that does not exist (spring forward, or a skipped day) is read as the
 * instant the clocks jump; an ambiguous one (fall back) takes its first
 * occurrence; a window that collapses to nothing is dropped.  Later local
 * times thus never give earlier instants: windows disjoint on the wall
 * clock stay disjoint in real time, and windows that touch stay joined.
 *
 * Let F(t) be the working time of all windows before the instant t,
 * counted from a fixed origin.  Then business_time(a, b) = F(b) - F(a),
 * and a deadline is found by inverting F.  F is computed in logarithmic
 * time from three parts: the working time of whole local dates before the
 * date of t (whole weeks times the weekly total, plus prefix sums over the
 * exception dates, plus prefix sums over the dates whose real working
 * time differs from their wall-clock time because of a time-zone offset
 * change), and the windows of the dates next to t, read directly.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SVC_CALENDAR_H
#define SVC_CALENDAR_H

#include "postgres.h"

#include "datatype/timestamp.h"
#include "pgtime.h"

#define CAL_DAY_USECS			USECS_PER_DAY
#define CAL_MAX_WINDOWS_PER_DATE 48

/*
 * Calendars, and the instants they are asked about, are confined to the
 * years 1900 to 2199: the table of time-zone offset changes is built over
 * that span (with a few days of margin) once per query.
 */
#define CAL_FIRST_DATE			(-36524)	/* 1900-01-01 */
#define CAL_LAST_DATE			73048	/* 2199-12-31 */
#define CAL_MARGIN_DAYS			4

/* Offset changes are indexed by buckets of 32 days for constant-time lookup. */
#define CAL_BUCKET_USECS		(INT64CONST(32) * USECS_PER_DAY)

/* A working window, in microseconds after the local midnight of its date. */
typedef struct CalWindow
{
	int64		start;			/* 0 <= start < 1 day */
	int64		end;			/* start < end <= start + 1 day */
} CalWindow;

/*
 * The stored form of type business_calendar (a varlena, double aligned).
 * After the fixed part come, each MAXALIGNed:
 *		CalWindow	windows[nwindows]		weekly windows first, by weekday
 *		int64		excess_prefix[ndates + 1]	see below
 *		int32		dates[ndates]			exception dates, ascending
 *		int32		date_first[ndates + 1]	windows of dates[i] are
 *											date_first[i] .. date_first[i+1]-1
 * excess_prefix[i] is the sum, over the exception dates before dates[i], of
 * the date's wall-clock working time less that of its weekday.
 */
typedef struct BusinessCalendar
{
	int32		vl_len_;		/* varlena header */
	int32		version;		/* layout version, CAL_LAYOUT_VERSION */
	int32		ndates;			/* number of exception dates */
	int32		nwindows;		/* number of windows in all */
	int32		week_first[8];	/* windows of weekday w (0 = Monday) are
								 * week_first[w] .. week_first[w + 1] - 1 */
	int64		week_prefix[8]; /* wall-clock working time of Monday .. the
								 * day before weekday w; [7] is the week */
	char		tzname[TZ_STRLEN_MAX + 1];	/* time zone, as PostgreSQL
											 * names it */
} BusinessCalendar;

#define CAL_LAYOUT_VERSION		1

/* Offsets of the variable parts, and accessors. */
#define CAL_WINDOWS_OFFSET		MAXALIGN(sizeof(BusinessCalendar))
#define CAL_EXCESS_OFFSET(nw)	(CAL_WINDOWS_OFFSET + \
								 MAXALIGN((nw) * sizeof(CalWindow)))
#define CAL_DATES_OFFSET(nw, nd) (CAL_EXCESS_OFFSET(nw) + \
								  MAXALIGN(((nd) + 1) * sizeof(int64)))
#define CAL_FIRST_OFFSET(nw, nd) (CAL_DATES_OFFSET(nw, nd) + \
								  MAXALIGN((nd) * sizeof(int32)))
#define CAL_TOTAL_SIZE(nw, nd)	(CAL_FIRST_OFFSET(nw, nd) + \
								 ((nd) + 1) * sizeof(int32))

#define CAL_WINDOWS(c) \
	((CalWindow *) ((char *) (c) + CAL_WINDOWS_OFFSET))
#define CAL_EXCESS(c) \
	((int64 *) ((char *) (c) + CAL_EXCESS_OFFSET((c)->nwindows)))
#define CAL_DATES(c) \
	((int32 *) ((char *) (c) + CAL_DATES_OFFSET((c)->nwindows, (c)->ndates)))
#define CAL_DATE_FIRST(c) \
	((int32 *) ((char *) (c) + CAL_FIRST_OFFSET((c)->nwindows, (c)->ndates)))

/*
 * The offset changes of a time zone over the supported years, and the
 * dates whose real working time differs from their wall-clock working time
 * under one calendar.  Offsets are microseconds east of UTC.
 */
typedef struct CalZone
{
	int64		base_offset;	/* offset before the first change */
	int			ntrans;			/* number of offset changes */
	int64	   *trans_at;		/* instant of each change, ascending */
	int64	   *off_after;		/* offset from that instant on */
	int64	   *local_key;		/* local times below trans_at[i] +
								 * max(before, after) are read with the
								 * offset in force before change i, and
								 * no later than trans_at[i] */
	int64		bucket_origin;	/* instant where the buckets start */
	int			nbuckets;		/* buckets of CAL_BUCKET_USECS each */
	int32	   *bucket_first;	/* changes before each bucket's start */
	int			ncorr;			/* dates with a correction */
	int32	   *corr_dates;		/* those dates, ascending */
	int64	   *corr_prefix;	/* sum of real less wall-clock working time
								 * of the dates before corr_dates[i] */
} CalZone;

/* Building a calendar (calendar_build.c). */
typedef struct CalDateSpec
{
	int32		date;			/* days since 2000-01-01 */
	int			nwindows;
	CalWindow	windows[CAL_MAX_WINDOWS_PER_DATE];
} CalDateSpec;

extern const char *const cal_weekday_names[7];
extern BusinessCalendar *cal_assemble(const char *tzname,
									  CalDateSpec *week,
									  CalDateSpec *dates, int ndates);

/* Local dates and weekdays (business_time_core.c). */
extern int32 cal_floor_div(int64 a, int64 b);
extern int	cal_weekday(int32 date);
extern int	cal_count_below(const int32 *values, int n, int32 key);
extern int	cal_date_windows(const BusinessCalendar *cal, int32 date,
							 const CalWindow **windows);

/* Local times and instants under a zone table (business_time_core.c). */
extern int64 cal_to_local(const CalZone *zone, int64 instant);
extern int64 cal_to_instant(const CalZone *zone, int64 local);
extern int64 cal_date_real_time(const BusinessCalendar *cal,
								const CalZone *zone, int32 date);
extern int64 cal_date_wall_time(const BusinessCalendar *cal, int32 date);

/* Working-time arithmetic (business_time_core.c). */
extern int64 cal_working_before(const BusinessCalendar *cal,
								const CalZone *zone, int64 instant);
extern bool cal_find_instant(const BusinessCalendar *cal,
							 const CalZone *zone, int64 target,
							 bool strictly_above, int64 *instant);
extern bool cal_is_working(const BusinessCalendar *cal, const CalZone *zone,
						   int64 instant);

/*
 * The business dates of a calendar, counted in logarithmic time (a
 * business date is a local date with at least one window that does not
 * collapse to nothing).  Let B(D) be the number of business dates before
 * the date D, counted from a fixed origin: whole weeks give the weekly
 * count, the exception dates add what each changes against its weekday
 * through a prefix sum, and the dates whose every window collapses in a
 * time-zone change are taken off through a sorted list of them.
 */
typedef struct CalDayCount
{
	int32		week_prefix[8]; /* business weekdays from Monday to the day
								 * before weekday w; [7] is the week */
	int32	   *excess_prefix;	/* [ndates + 1]: business dates less
								 * business weekdays among the exception
								 * dates before dates[i] */
	int			nvoid;			/* dates whose windows all collapse */
	int32	   *void_dates;		/* those dates, ascending */
} CalDayCount;

/* Business-date arithmetic (business_days_core.c). */
extern void cal_days_build(CalDayCount *days, const BusinessCalendar *cal,
						   const CalZone *zone);
extern int64 cal_business_dates_before(const BusinessCalendar *cal,
									   const CalDayCount *days, int32 date);
/* How a step of whole business dates ended. */
typedef enum CalStepOutcome
{
	CAL_STEP_FOUND,				/* the result is in *instant */
	CAL_STEP_NO_DATE,			/* no supported date has the rank sought */
	CAL_STEP_NO_WORKING_TIME	/* the date was reached, at *instant, but no
								 * working moment follows (forward) or
								 * precedes (backward) it */
} CalStepOutcome;

extern CalStepOutcome cal_add_business_days(const BusinessCalendar *cal,
											const CalZone *zone,
											const CalDayCount *days,
											int64 start, int32 steps,
											int64 *instant);

/* The zone table of a calendar (calendar_zone.c). */
extern void cal_zone_build(CalZone *zone, const BusinessCalendar *cal);

/* Reading and writing calendars (calendar_parse.c, calendar_text.c). */
struct JsonbContainer;
extern BusinessCalendar *cal_from_jsonb(struct JsonbContainer *root);
extern char *cal_to_text(const BusinessCalendar *cal);

#endif							/* SVC_CALENDAR_H */
