/*-------------------------------------------------------------------------
 *
 * calendar_build.c
 *	  Laying out a compiled business calendar from its weekly windows and
 *	  its exception dates, with the prefix sums that make working time a
 *	  logarithmic-time computation.
 *
 *-------------------------------------------------------------------------
 */
#include "calendar.h"

/* Weekday names in the calendar document, Monday first. */
const char *const cal_weekday_names[7] = {
	"mon", "tue", "wed", "thu", "fri", "sat", "sun"
};

/*
 * Wall-clock working time of a list of windows.
 */
static int64
windows_total(const CalWindow *windows, int n)
{
	int64		total = 0;

	for (int i = 0; i < n; i++)
		total += windows[i].end - windows[i].start;
	return total;
}

/*
 * Build the stored calendar from seven weekdays (Monday first) and the
 * exception dates, which must be sorted and distinct, each with sorted,
 * disjoint windows.
 */
BusinessCalendar *
cal_assemble(const char *tzname, CalDateSpec *week, CalDateSpec *dates,
			 int ndates)
{
	int			nwindows = 0;
	Size		size;
	BusinessCalendar *cal;
	CalWindow  *windows;
	int64	   *excess;
	int32	   *date_values;
	int32	   *date_first;
	int			k = 0;

	for (int wd = 0; wd < 7; wd++)
		nwindows += week[wd].nwindows;
	for (int i = 0; i < ndates; i++)
		nwindows += dates[i].nwindows;

	size = CAL_TOTAL_SIZE(nwindows, ndates);
	cal = palloc0(size);
	SET_VARSIZE(cal, size);
	cal->version = CAL_LAYOUT_VERSION;
	cal->ndates = ndates;
	cal->nwindows = nwindows;
	strlcpy(cal->tzname, tzname, sizeof(cal->tzname));

	windows = CAL_WINDOWS(cal);
	excess = CAL_EXCESS(cal);
	date_values = CAL_DATES(cal);
	date_first = CAL_DATE_FIRST(cal);

	/* the week, with the running wall-clock total */
	cal->week_prefix[0] = 0;
	for (int wd = 0; wd < 7; wd++)
	{
		cal->week_first[wd] = k;
		memcpy(windows + k, week[wd].windows,
			   week[wd].nwindows * sizeof(CalWindow));
		k += week[wd].nwindows;
		cal->week_prefix[wd + 1] = cal->week_prefix[wd] +
			windows_total(week[wd].windows, week[wd].nwindows);
	}
	cal->week_first[7] = k;

	/* the exception dates, with what each adds to its weekday's total */
	excess[0] = 0;
	for (int i = 0; i < ndates; i++)
	{
		int			wd = cal_weekday(dates[i].date);

		date_values[i] = dates[i].date;
		date_first[i] = k;
		memcpy(windows + k, dates[i].windows,
			   dates[i].nwindows * sizeof(CalWindow));
		k += dates[i].nwindows;
		excess[i + 1] = excess[i] +
			windows_total(dates[i].windows, dates[i].nwindows) -
			windows_total(week[wd].windows, week[wd].nwindows);
	}
	date_first[ndates] = k;

	return cal;
}
