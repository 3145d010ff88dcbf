/*-------------------------------------------------------------------------
 *
 * calendar_text.c
 *	  Writing a compiled business calendar as its canonical document: the
 *	  JSON shape the calendar is read from, with breaks folded into each
 *	  date's own hours, so that reading it back gives the same calendar.
 *
 *-------------------------------------------------------------------------
 */
#include "calendar.h"

#include "lib/stringinfo.h"
#include "utils/datetime.h"
#include "utils/json.h"

/*
 * Append a time of day as "HH:MM", or "HH:MM:SS" when it has seconds.
 */
static void
append_time(StringInfo buf, int64 usecs)
{
	int64		secs = usecs / USECS_PER_SEC;

	appendStringInfo(buf, "\"%02d:%02d", (int) (secs / SECS_PER_HOUR),
					 (int) (secs / SECS_PER_MINUTE % 60));
	if (secs % 60 != 0)
		appendStringInfo(buf, ":%02d", (int) (secs % 60));
	appendStringInfoChar(buf, '"');
}

/*
 * Append a list of windows; an end past midnight is written as its time
 * on the next day, which reads back as the same window.
 */
static void
append_windows(StringInfo buf, const CalWindow *w, int n)
{
	appendStringInfoChar(buf, '[');
	for (int i = 0; i < n; i++)
	{
		int64		end = w[i].end > CAL_DAY_USECS ? w[i].end - CAL_DAY_USECS
			: w[i].end;

		if (i > 0)
			appendStringInfoString(buf, ", ");
		appendStringInfoChar(buf, '[');
		append_time(buf, w[i].start);
		appendStringInfoString(buf, ", ");
		if (end == CAL_DAY_USECS)
			appendStringInfoString(buf, "\"24:00\"");
		else
			append_time(buf, end);
		appendStringInfoChar(buf, ']');
	}
	appendStringInfoChar(buf, ']');
}

/*
 * Append a date as a JSON string "YYYY-MM-DD".
 */
static void
append_date(StringInfo buf, int32 date)
{
	int			year;
	int			month;
	int			day;

	j2date(date + POSTGRES_EPOCH_JDATE, &year, &month, &day);
	appendStringInfo(buf, "\"%04d-%02d-%02d\"", year, month, day);
}

/*
 * The canonical text of a calendar.
 */
char *
cal_to_text(const BusinessCalendar *cal)
{
	StringInfoData buf;
	const CalWindow *windows = CAL_WINDOWS(cal);
	const int32 *dates = CAL_DATES(cal);
	const int32 *first = CAL_DATE_FIRST(cal);
	bool		any = false;

	initStringInfo(&buf);
	appendStringInfoString(&buf, "{\"tz\": ");
	escape_json(&buf, cal->tzname);

	appendStringInfoString(&buf, ", \"hours\": {");
	for (int wd = 0; wd < 7; wd++)
	{
		int			n = cal->week_first[wd + 1] - cal->week_first[wd];

		if (n == 0)
			continue;
		appendStringInfo(&buf, "%s\"%s\": ", any ? ", " : "",
						 cal_weekday_names[wd]);
		append_windows(&buf, windows + cal->week_first[wd], n);
		any = true;
	}

	appendStringInfoString(&buf, "}, \"holidays\": [");
	any = false;
	for (int i = 0; i < cal->ndates; i++)
	{
		if (first[i + 1] != first[i])
			continue;
		if (any)
			appendStringInfoString(&buf, ", ");
		append_date(&buf, dates[i]);
		any = true;
	}

	appendStringInfoString(&buf, "], \"shifts\": {");
	any = false;
	for (int i = 0; i < cal->ndates; i++)
	{
		if (first[i + 1] == first[i])
			continue;
		if (any)
			appendStringInfoString(&buf, ", ");
		append_date(&buf, dates[i]);
		appendStringInfoString(&buf, ": ");
		append_windows(&buf, windows + first[i], first[i + 1] - first[i]);
		any = true;
	}
	appendStringInfoString(&buf, "}}");
	return buf.data;
}
