/*-------------------------------------------------------------------------
 *
 * calendar_parse.c
 *	  Reading a business calendar from jsonb and checking it, with errors
 *	  that name the bad part by its path in the document.
 *
 * The document is an object:
 *		tz			IANA time-zone name (required)
 *		hours		{"mon": [["09:00", "17:00"], ...], ...}, weekdays
 *					mon .. sun, any of them left out
 *		holidays	["2025-10-01", ...], dates closed all day
 *		shifts		{"2025-09-28": [["09:00", "17:00"]], ...}, a date's own
 *					hours, replacing its weekday's (make-up working days,
 *					shortened days)
 *		breaks		{"2006-01-02": [["10:00", "11:30"]], ...}, parts of a
 *					date's hours taken out
 *		desc		free text, not kept
 * An interval whose end is not after its start runs past midnight and
 * belongs to the date it starts on; 00:00-00:00 and 00:00-24:00 are whole
 * days.
 *
 *-------------------------------------------------------------------------
 */
#include "calendar.h"

#include "pgtime.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/hsearch.h"
#include "utils/jsonb.h"

/*
 * The exception dates read so far, in the order first met, with a hash
 * index from date to position so that a document with many dates is read
 * in linear time.
 */
typedef struct DateTable
{
	CalDateSpec *dates;
	int			ndates;
	int			capacity;
	HTAB	   *index;			/* DateIndexEntry by date */
} DateTable;

typedef struct DateIndexEntry
{
	int32		date;			/* hash key */
	int			position;		/* in DateTable.dates */
} DateIndexEntry;

/*
 * Report a bad part of the calendar document.
 */
static void
calendar_fail(const char *path, const char *problem, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid business calendar at %s: %s", path, problem),
			 detail ? errdetail("%s", detail) : 0));
}

/*
 * A jsonb value's string, or an error naming what was expected.
 */
static char *
json_string(JsonbValue *value, const char *path, const char *expected)
{
	if (value->type != jbvString)
		calendar_fail(path, psprintf("expected %s", expected), NULL);
	return pnstrdup(value->val.string.val, value->val.string.len);
}

/*
 * A jsonb value's container, which must be an array or an object.
 */
static JsonbContainer *
json_container(JsonbValue *value, bool object, const char *path)
{
	if (value->type != jbvBinary ||
		(object ? !JsonContainerIsObject(value->val.binary.data)
		 : !JsonContainerIsArray(value->val.binary.data)))
		calendar_fail(path, object ? "expected an object" : "expected an array",
					  NULL);
	return value->val.binary.data;
}

/*
 * Read a local time of day "HH:MM" or "HH:MM:SS", 00:00 to 24:00, into
 * microseconds after midnight.
 */
static int64
parse_time_of_day(const char *text, const char *path)
{
	int			hour;
	int			minute;
	int			second = 0;
	int			len = strlen(text);
	bool		ok;

	ok = (len == 5 || len == 8) &&
		isdigit((unsigned char) text[0]) && isdigit((unsigned char) text[1]) &&
		text[2] == ':' &&
		isdigit((unsigned char) text[3]) && isdigit((unsigned char) text[4]);
	if (ok && len == 8)
		ok = text[5] == ':' &&
			isdigit((unsigned char) text[6]) &&
			isdigit((unsigned char) text[7]);
	if (ok)
	{
		hour = (text[0] - '0') * 10 + (text[1] - '0');
		minute = (text[3] - '0') * 10 + (text[4] - '0');
		if (len == 8)
			second = (text[6] - '0') * 10 + (text[7] - '0');
		ok = minute < 60 && second < 60 &&
			(hour < 24 || (hour == 24 && minute == 0 && second == 0));
	}
	if (!ok)
		calendar_fail(path,
					  psprintf("\"%s\" is not a time of day", text),
					  "Times are written HH:MM or HH:MM:SS, from 00:00 to 24:00.");
	return ((int64) hour * SECS_PER_HOUR + minute * SECS_PER_MINUTE + second) *
		USECS_PER_SEC;
}

/*
 * Read a date "YYYY-MM-DD" that exists in the supported years into days
 * since 2000-01-01.
 */
static int32
parse_date(const char *text, const char *path)
{
	int			year = 0;
	int			month;
	int			day;
	bool		ok = strlen(text) == 10 && text[4] == '-' && text[7] == '-';
	int32		date;

	for (int i = 0; ok && i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char) text[i]))
			ok = false;
	if (!ok)
		calendar_fail(path, psprintf("\"%s\" is not a date", text),
					  "Dates are written YYYY-MM-DD.");

	for (int i = 0; i < 4; i++)
		year = year * 10 + (text[i] - '0');
	month = (text[5] - '0') * 10 + (text[6] - '0');
	day = (text[8] - '0') * 10 + (text[9] - '0');
	if (month < 1 || month > 12 || day < 1 ||
		day > day_tab[isleap(year)][month - 1])
		calendar_fail(path, psprintf("date \"%s\" does not exist", text),
					  NULL);

	date = date2j(year, month, day) - POSTGRES_EPOCH_JDATE;
	if (date < CAL_FIRST_DATE || date > CAL_LAST_DATE)
		calendar_fail(path,
					  psprintf("date \"%s\" is outside the supported years", text),
					  "Business calendars cover the years 1900 to 2199.");
	return date;
}

/*
 * Read the time of day at a position of a [start, end] pair.
 */
static int64
parse_time_at(JsonbContainer *pair, int i, const char *pair_path)
{
	char	   *path = psprintf("%s[%d]", pair_path, i);

	return parse_time_of_day(json_string(getIthJsonbValueFromContainer(pair, i),
										 path, "a time of day"),
							 path);
}

/*
 * Order windows by start, for qsort.
 */
static int
compare_windows(const void *a, const void *b)
{
	int64		x = ((const CalWindow *) a)->start;
	int64		y = ((const CalWindow *) b)->start;

	return (x > y) - (x < y);
}

/*
 * Read a list of [start, end] intervals into sorted windows of one date,
 * rejecting overlaps.
 */
static void
parse_windows(JsonbValue *value, const char *path, CalDateSpec *spec)
{
	JsonbContainer *list = json_container(value, false, path);
	int			n = JsonContainerSize(list);

	if (n > CAL_MAX_WINDOWS_PER_DATE)
		calendar_fail(path, psprintf("%d intervals in one day are too many", n),
					  psprintf("A day has at most %d intervals.",
							   CAL_MAX_WINDOWS_PER_DATE));

	spec->nwindows = n;
	for (int i = 0; i < n; i++)
	{
		char	   *item_path = psprintf("%s[%d]", path, i);
		JsonbValue *item = getIthJsonbValueFromContainer(list, i);
		JsonbContainer *pair = json_container(item, false, item_path);
		CalWindow  *w = &spec->windows[i];

		if (JsonContainerSize(pair) != 2)
			calendar_fail(item_path, "expected a [start, end] pair of times",
						  NULL);
		w->start = parse_time_at(pair, 0, item_path);
		w->end = parse_time_at(pair, 1, item_path);
		if (w->start == CAL_DAY_USECS)
			calendar_fail(psprintf("%s[0]", item_path),
						  "an interval cannot start at 24:00",
						  "Write the next day's 00:00 on that day.");
		if (w->end <= w->start)
			w->end += CAL_DAY_USECS;
	}

	qsort(spec->windows, n, sizeof(CalWindow), compare_windows);
	for (int i = 1; i < n; i++)
		if (spec->windows[i].start < spec->windows[i - 1].end)
			calendar_fail(path, "intervals overlap",
						  "The intervals of one day must not overlap.");
}

/*
 * Take the break intervals out of a date's windows.
 */
static void
apply_breaks(CalDateSpec *spec, const CalDateSpec *breaks, const char *path)
{
	for (int b = 0; b < breaks->nwindows; b++)
	{
		const CalWindow *cut = &breaks->windows[b];
		CalWindow	kept[CAL_MAX_WINDOWS_PER_DATE];
		int			nkept = 0;

		for (int i = 0; i < spec->nwindows; i++)
		{
			CalWindow	w = spec->windows[i];

			if (cut->end <= w.start || cut->start >= w.end)
			{
				kept[nkept++] = w;
				continue;
			}
			if (w.start < cut->start)
			{
				if (nkept == CAL_MAX_WINDOWS_PER_DATE)
					calendar_fail(path, "breaks split the day into too many intervals",
								  psprintf("A day has at most %d intervals.",
										   CAL_MAX_WINDOWS_PER_DATE));
				kept[nkept].start = w.start;
				kept[nkept++].end = cut->start;
			}
			if (cut->end < w.end)
			{
				if (nkept == CAL_MAX_WINDOWS_PER_DATE)
					calendar_fail(path, "breaks split the day into too many intervals",
								  psprintf("A day has at most %d intervals.",
										   CAL_MAX_WINDOWS_PER_DATE));
				kept[nkept].start = cut->end;
				kept[nkept++].end = w.end;
			}
		}
		memcpy(spec->windows, kept, nkept * sizeof(CalWindow));
		spec->nwindows = nkept;
	}
}

/*
 * Start an empty table of exception dates in the current memory context.
 */
static void
date_table_init(DateTable *table)
{
	HASHCTL		ctl;

	ctl.keysize = sizeof(int32);
	ctl.entrysize = sizeof(DateIndexEntry);
	ctl.hcxt = CurrentMemoryContext;
	table->capacity = 16;
	table->ndates = 0;
	table->dates = palloc(table->capacity * sizeof(CalDateSpec));
	table->index = hash_create("business calendar dates", 64, &ctl,
							   HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
}

/*
 * Position of a date's exception entry, or -1 when it has none.
 */
static int
date_position(const DateTable *table, int32 date)
{
	DateIndexEntry *entry = hash_search(table->index, &date, HASH_FIND, NULL);

	return entry ? entry->position : -1;
}

/*
 * Find or add the exception entry of a date; entries added start as a
 * copy of the date's weekday.  The pointer is valid until the next entry
 * is added.
 */
static CalDateSpec *
date_entry(DateTable *table, int32 date, const CalDateSpec *week)
{
	bool		found;
	DateIndexEntry *entry = hash_search(table->index, &date, HASH_ENTER,
										&found);
	CalDateSpec *spec;

	if (found)
		return &table->dates[entry->position];

	if (table->ndates == table->capacity)
	{
		table->capacity *= 2;
		table->dates = repalloc(table->dates,
								table->capacity * sizeof(CalDateSpec));
	}
	entry->position = table->ndates++;
	spec = &table->dates[entry->position];
	*spec = week[cal_weekday(date)];
	spec->date = date;
	return spec;
}

/*
 * Move the windows of each exception date that a break has left starting
 * after midnight to the next date, where they are written in the text form
 * (a window may run past midnight, but starts on its own date).  Breaks
 * have all been applied by now, so each break saw its own date's windows.
 */
static void
move_after_midnight(DateTable *table, const CalDateSpec *week)
{
	for (int i = 0; i < table->ndates; i++)
	{
		int			keep = 0;
		int			nmoved;
		CalWindow	moved[CAL_MAX_WINDOWS_PER_DATE];
		CalDateSpec *next;

		while (keep < table->dates[i].nwindows &&
			   table->dates[i].windows[keep].start < CAL_DAY_USECS)
			keep++;
		nmoved = table->dates[i].nwindows - keep;
		if (nmoved == 0)
			continue;
		for (int k = 0; k < nmoved; k++)
		{
			CalWindow  *w = &table->dates[i].windows[keep + k];

			moved[k].start = w->start - CAL_DAY_USECS;
			moved[k].end = w->end - CAL_DAY_USECS;
		}
		table->dates[i].nwindows = keep;

		if (table->dates[i].date == CAL_LAST_DATE)
			calendar_fail("breaks", "a break leaves hours after the last supported date",
						  "Business calendars cover the years 1900 to 2199.");
		next = date_entry(table, table->dates[i].date + 1, week);
		if (next->nwindows + nmoved > CAL_MAX_WINDOWS_PER_DATE)
			calendar_fail("breaks", "breaks split a day into too many intervals",
						  psprintf("A day has at most %d intervals.",
								   CAL_MAX_WINDOWS_PER_DATE));
		memmove(next->windows + nmoved, next->windows,
				next->nwindows * sizeof(CalWindow));
		memcpy(next->windows, moved, nmoved * sizeof(CalWindow));
		next->nwindows += nmoved;
	}
}

/*
 * Order exception entries by date, for qsort.
 */
static int
compare_date_specs(const void *a, const void *b)
{
	int32		x = ((const CalDateSpec *) a)->date;
	int32		y = ((const CalDateSpec *) b)->date;

	return (x > y) - (x < y);
}

/*
 * Format a date as YYYY-MM-DD, for messages.
 */
static char *
date_text(int32 date)
{
	int			year;
	int			month;
	int			day;

	j2date(date + POSTGRES_EPOCH_JDATE, &year, &month, &day);
	return psprintf("%04d-%02d-%02d", year, month, day);
}

/*
 * Reject windows of one date that run past midnight into those of the
 * next date.
 */
static void
check_next_day(const BusinessCalendar *cal, int32 date, const char *what,
			   const char *day, const char *next_day)
{
	const CalWindow *w;
	const CalWindow *next;
	int			n = cal_date_windows(cal, date, &w);
	int			nnext = cal_date_windows(cal, date + 1, &next);

	if (n > 0 && nnext > 0 &&
		w[n - 1].end - CAL_DAY_USECS > next[0].start)
		calendar_fail(what, "an interval running past midnight overlaps the next day's hours",
					  psprintf("The hours of %s and %s overlap.", day, next_day));
}

/*
 * Check that no window runs into the next day's windows, for every pair
 * of weekdays and around every exception date.
 */
static void
check_overnight(const BusinessCalendar *cal)
{
	const int32 *dates = CAL_DATES(cal);

	/* 2000-01-03 was a Monday */
	for (int wd = 0; wd < 7; wd++)
		check_next_day(cal, 2 + wd, psprintf("hours.%s", cal_weekday_names[wd]),
					   cal_weekday_names[wd], cal_weekday_names[(wd + 1) % 7]);
	for (int i = 0; i < cal->ndates; i++)
	{
		char	   *before = date_text(dates[i] - 1);
		char	   *date = date_text(dates[i]);
		char	   *after = date_text(dates[i] + 1);

		const CalWindow *w;
		int			n = cal_date_windows(cal, dates[i], &w);

		for (int k = 1; k < n; k++)
			if (w[k].start < w[k - 1].end)
				calendar_fail(date, "an interval running past midnight overlaps the next day's hours",
							  psprintf("The hours of %s and %s overlap.",
									   before, date));
		check_next_day(cal, dates[i] - 1, before, before, date);
		check_next_day(cal, dates[i], date, date, after);
	}
}

/*
 * Read the time zone, which PostgreSQL must know, and return its name as
 * PostgreSQL spells it.
 */
static const char *
parse_zone(JsonbValue *value)
{
	char	   *name = json_string(value, "tz", "a time-zone name");
	pg_tz	   *tz = NULL;

	if (strlen(name) <= TZ_STRLEN_MAX)
		tz = pg_tzset(name);
	if (tz == NULL)
		calendar_fail("tz", psprintf("time zone \"%s\" is not known", name),
					  "Use an IANA time-zone name such as \"Europe/Berlin\" or \"UTC\".");
	return pg_get_timezone_name(tz);
}

/*
 * Step to the next member of an object being iterated: its key, its path
 * under the section for messages, and its value.  False after the last.
 */
static bool
next_member(JsonbIterator **it, const char *section, char **key, char **path,
			JsonbValue *value)
{
	JsonbValue	v;
	JsonbIteratorToken tok;

	while ((tok = JsonbIteratorNext(it, &v, true)) != WJB_DONE)
	{
		if (tok != WJB_KEY)
			continue;
		*key = pnstrdup(v.val.string.val, v.val.string.len);
		*path = psprintf("%s.%s", section, *key);
		JsonbIteratorNext(it, value, true);
		return true;
	}
	return false;
}

/*
 * Read and check a calendar document into the stored form.
 */
BusinessCalendar *
cal_from_jsonb(JsonbContainer *root)
{
	CalDateSpec week[7];
	DateTable	table;
	JsonbValue *hours = NULL;
	JsonbValue *holidays = NULL;
	JsonbValue *shifts = NULL;
	JsonbValue *breaks = NULL;
	const char *tzname = NULL;
	JsonbIterator *it;
	JsonbValue	v;
	JsonbIteratorToken tok;
	BusinessCalendar *cal;

	if (!JsonContainerIsObject(root))
		calendar_fail("the top level", "expected an object",
					  "A calendar is an object with the keys tz, hours, holidays, shifts and breaks.");

	/* top-level keys */
	it = JsonbIteratorInit(root);
	while ((tok = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
	{
		char	   *key;
		JsonbValue *value;

		if (tok != WJB_KEY)
			continue;
		key = pnstrdup(v.val.string.val, v.val.string.len);
		value = palloc(sizeof(JsonbValue));
		tok = JsonbIteratorNext(&it, value, true);
		if (strcmp(key, "tz") == 0)
			tzname = parse_zone(value);
		else if (strcmp(key, "hours") == 0)
			hours = value;
		else if (strcmp(key, "holidays") == 0)
			holidays = value;
		else if (strcmp(key, "shifts") == 0)
			shifts = value;
		else if (strcmp(key, "breaks") == 0)
			breaks = value;
		else if (strcmp(key, "desc") != 0)
			calendar_fail(key, psprintf("unknown key \"%s\"", key),
						  "A calendar has the keys tz, hours, holidays, shifts, breaks and desc.");
	}
	if (tzname == NULL)
		calendar_fail("tz", "a time zone is required",
					  "Give the zone by its IANA name, as in {\"tz\": \"UTC\"}.");

	/* the week */
	memset(week, 0, sizeof(week));
	date_table_init(&table);
	if (hours)
	{
		JsonbContainer *obj = json_container(hours, true, "hours");

		char	   *key;
		char	   *path;
		JsonbValue	value;

		it = JsonbIteratorInit(obj);
		while (next_member(&it, "hours", &key, &path, &value))
		{
			int			wd;

			for (wd = 0; wd < 7; wd++)
				if (strcmp(key, cal_weekday_names[wd]) == 0)
					break;
			if (wd == 7)
				calendar_fail(path, psprintf("unknown weekday \"%s\"", key),
							  "Weekdays are mon, tue, wed, thu, fri, sat and sun.");
			parse_windows(&value, path, &week[wd]);
		}
	}

	/* holidays: dates closed all day */
	if (holidays)
	{
		JsonbContainer *list = json_container(holidays, false, "holidays");

		for (int i = 0; i < (int) JsonContainerSize(list); i++)
		{
			char	   *path = psprintf("holidays[%d]", i);
			JsonbValue *item = getIthJsonbValueFromContainer(list, i);
			int32		date = parse_date(json_string(item, path, "a date"),
										  path);

			date_entry(&table, date, week)->nwindows = 0;
		}
	}

	/* shifts replace a date's hours; a holiday cannot also have them */
	if (shifts)
	{
		JsonbContainer *obj = json_container(shifts, true, "shifts");
		int			nholidays = table.ndates;
		char	   *key;
		char	   *path;
		JsonbValue	value;

		it = JsonbIteratorInit(obj);
		while (next_member(&it, "shifts", &key, &path, &value))
		{
			int32		date = parse_date(key, path);

			int			position = date_position(&table, date);

			if (position >= 0 && position < nholidays)
				calendar_fail(path, "a date is both a holiday and a shift",
							  "List a date either among the holidays or among the shifts.");
			parse_windows(&value, path, date_entry(&table, date, week));
		}
	}

	/* breaks cut parts out of a date's hours, as they stand */
	if (breaks)
	{
		JsonbContainer *obj = json_container(breaks, true, "breaks");
		char	   *key;
		char	   *path;
		JsonbValue	value;

		it = JsonbIteratorInit(obj);
		while (next_member(&it, "breaks", &key, &path, &value))
		{
			int32		date = parse_date(key, path);
			CalDateSpec cut;

			parse_windows(&value, path, &cut);
			apply_breaks(date_entry(&table, date, week), &cut, path);
		}
	}

	move_after_midnight(&table, week);
	qsort(table.dates, table.ndates, sizeof(CalDateSpec), compare_date_specs);
	cal = cal_assemble(tzname, week, table.dates, table.ndates);
	check_overnight(cal);
	hash_destroy(table.index);
	pfree(table.dates);
	return cal;
}
