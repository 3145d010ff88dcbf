/*-------------------------------------------------------------------------
 *
 * calendar_zone.c
 *	  The table of a calendar's time-zone offset changes over the supported
 *	  years, read from PostgreSQL's own time-zone code, and the dates whose
 *	  real working time differs from their wall-clock working time.  Built
 *	  once per query and calendar.
 *
 *-------------------------------------------------------------------------
 */
#include "calendar.h"

#include "pgtime.h"
#include "utils/timestamp.h"

/* Seconds from the Unix epoch to the PostgreSQL epoch (2000-01-01). */
#define CAL_UNIX_TO_PG_SECS \
	((int64) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY)

/*
 * Order dates ascending, for qsort.
 */
static int
compare_int32(const void *a, const void *b)
{
	int32		x = *(const int32 *) a;
	int32		y = *(const int32 *) b;

	return (x > y) - (x < y);
}

/*
 * Read the offset changes of the calendar's zone between the first and
 * the last supported date, with a margin of a few days either side.
 */
static void
zone_read_changes(CalZone *zone, pg_tz *tz)
{
	pg_time_t	t = ((int64) (CAL_FIRST_DATE - CAL_MARGIN_DAYS) *
					 SECS_PER_DAY) + CAL_UNIX_TO_PG_SECS;
	pg_time_t	last = ((int64) (CAL_LAST_DATE + CAL_MARGIN_DAYS) *
						SECS_PER_DAY) + CAL_UNIX_TO_PG_SECS;
	int			capacity = 64;
	bool		first = true;

	zone->ntrans = 0;
	zone->trans_at = palloc(capacity * sizeof(int64));
	zone->off_after = palloc(capacity * sizeof(int64));
	zone->local_key = palloc(capacity * sizeof(int64));

	for (;;)
	{
		long int	before_gmtoff;
		long int	after_gmtoff;
		int			before_isdst;
		int			after_isdst;
		pg_time_t	boundary;
		int			found;
		int64		before;
		int64		after;
		int			n = zone->ntrans;

		found = pg_next_dst_boundary(&t, &before_gmtoff, &before_isdst,
									 &boundary, &after_gmtoff, &after_isdst,
									 tz);
		if (found < 0)
			elog(ERROR, "could not read the offset changes of time zone \"%s\"",
				 pg_get_timezone_name(tz));
		if (first)
			zone->base_offset = (int64) before_gmtoff * USECS_PER_SEC;
		first = false;
		if (found == 0 || boundary > last)
			break;
		t = boundary;
		if (after_gmtoff == before_gmtoff)
			continue;

		if (n == capacity)
		{
			capacity *= 2;
			zone->trans_at = repalloc(zone->trans_at,
									  capacity * sizeof(int64));
			zone->off_after = repalloc(zone->off_after,
									   capacity * sizeof(int64));
			zone->local_key = repalloc(zone->local_key,
									   capacity * sizeof(int64));
		}
		before = (int64) before_gmtoff * USECS_PER_SEC;
		after = (int64) after_gmtoff * USECS_PER_SEC;
		zone->trans_at[n] = (boundary - CAL_UNIX_TO_PG_SECS) * USECS_PER_SEC;
		zone->off_after[n] = after;
		zone->local_key[n] = zone->trans_at[n] + Max(before, after);
		zone->ntrans = n + 1;
	}
}

/*
 * Index the offset changes by buckets of CAL_BUCKET_USECS, so that the
 * changes before an instant are counted in constant time.
 */
static void
zone_index_changes(CalZone *zone)
{
	int64		last = (int64) (CAL_LAST_DATE + CAL_MARGIN_DAYS) *
		CAL_DAY_USECS;
	int			i = 0;

	zone->bucket_origin = (int64) (CAL_FIRST_DATE - CAL_MARGIN_DAYS) *
		CAL_DAY_USECS;
	zone->nbuckets = (int) ((last - zone->bucket_origin) /
							CAL_BUCKET_USECS) + 1;
	zone->bucket_first = palloc(zone->nbuckets * sizeof(int32));
	for (int b = 0; b < zone->nbuckets; b++)
	{
		int64		start = zone->bucket_origin + b * CAL_BUCKET_USECS;

		while (i < zone->ntrans && zone->trans_at[i] <= start)
			i++;
		zone->bucket_first[b] = i;
	}
}

/*
 * Find the dates next to each offset change whose real working time
 * differs from their wall-clock time, and sum the differences.
 */
static void
zone_find_corrections(CalZone *zone, const BusinessCalendar *cal)
{
	int32	   *candidates = palloc(Max(zone->ntrans, 1) * 4 * sizeof(int32));
	int			ncand = 0;
	int			n = 0;

	for (int i = 0; i < zone->ntrans; i++)
	{
		int64		before = i == 0 ? zone->base_offset
			: zone->off_after[i - 1];
		int64		low = zone->trans_at[i] + Min(before, zone->off_after[i]);
		int32		first = cal_floor_div(low, CAL_DAY_USECS) - 1;
		int32		last = cal_floor_div(zone->local_key[i], CAL_DAY_USECS) + 1;

		for (int32 d = first; d <= last && d < first + 4; d++)
			candidates[ncand++] = d;
	}
	qsort(candidates, ncand, sizeof(int32), compare_int32);

	zone->corr_dates = palloc(Max(ncand, 1) * sizeof(int32));
	zone->corr_prefix = palloc((ncand + 1) * sizeof(int64));
	zone->corr_prefix[0] = 0;
	for (int i = 0; i < ncand; i++)
	{
		int64		diff;

		if (i > 0 && candidates[i] == candidates[i - 1])
			continue;
		diff = cal_date_real_time(cal, zone, candidates[i]) -
			cal_date_wall_time(cal, candidates[i]);
		if (diff == 0)
			continue;
		zone->corr_dates[n] = candidates[i];
		zone->corr_prefix[n + 1] = zone->corr_prefix[n] + diff;
		n++;
	}
	zone->ncorr = n;
	pfree(candidates);
}

/*
 * Build the zone table of a calendar in the current memory context.
 */
void
cal_zone_build(CalZone *zone, const BusinessCalendar *cal)
{
	pg_tz	   *tz = pg_tzset(cal->tzname);

	if (tz == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("time zone \"%s\" of the business calendar is not known",
						cal->tzname),
				 errdetail("The time-zone database no longer has this zone.")));

	zone_read_changes(zone, tz);
	zone_index_changes(zone);

	/* corrections are computed with an empty table of them */
	zone->ncorr = 0;
	zone->corr_dates = NULL;
	zone->corr_prefix = NULL;
	zone_find_corrections(zone, cal);
}
