/*-------------------------------------------------------------------------
 *
 * rating_stats.c
 *	  Mean, standard deviation, median and box counts of a rating
 *	  histogram.  Every function expects at least one answer.
 *
 *-------------------------------------------------------------------------
 */
#include "wom.h"

#include <math.h>

/*
 * Number of points on the summary's scale.
 */
static int
rating_points(const RatingSummary *summary)
{
	return summary->high - summary->low + 1;
}

/*
 * Number of answers; the total is checked when a summary is built.
 */
int64
rating_responses(const RatingSummary *summary)
{
	int64		total = 0;

	for (int i = 0; i < rating_points(summary); i++)
		total += summary->counts[i];
	return total;
}

/*
 * Mean answer: low plus the mean offset from low, which keeps the sum of
 * offsets small and exact.
 */
double
rating_mean(const RatingSummary *summary)
{
	double		offsets = 0;

	for (int i = 1; i < rating_points(summary); i++)
		offsets += (double) i * (double) summary->counts[i];
	return summary->low + offsets / (double) rating_responses(summary);
}

/*
 * Sample standard deviation (divisor n - 1), computed in two passes
 * around the mean; needs at least two answers.
 */
double
rating_stddev(const RatingSummary *summary)
{
	double		mean = rating_mean(summary);
	double		squares = 0;

	for (int i = 0; i < rating_points(summary); i++)
	{
		double		deviation = summary->low + i - mean;

		squares += deviation * deviation * (double) summary->counts[i];
	}
	return sqrt(squares / (double) (rating_responses(summary) - 1));
}

/*
 * The point holding the answer of 0-based rank k in sorted order.
 */
static int32
rating_value_at_rank(const RatingSummary *summary, int64 k)
{
	int64		seen = 0;
	int			i;

	for (i = 0; i < rating_points(summary) - 1; i++)
	{
		seen += summary->counts[i];
		if (seen > k)
			break;
	}
	return summary->low + i;
}

/*
 * Median as percentile_cont(0.5) defines it: the middle answer, or the
 * mean of the two middle answers when their number is even.
 */
double
rating_median(const RatingSummary *summary)
{
	int64		n = rating_responses(summary);
	int32		lower = rating_value_at_rank(summary, (n - 1) / 2);
	int32		upper = rating_value_at_rank(summary, n / 2);

	return (lower + (double) upper) / 2;
}

/*
 * Number of answers between two points of the scale, both included.
 */
int64
rating_count_between(const RatingSummary *summary, int32 from, int32 to)
{
	int64		total = 0;

	for (int i = 0; i < rating_points(summary); i++)
	{
		int32		value = summary->low + i;

		if (value >= from && value <= to)
			total += summary->counts[i];
	}
	return total;
}
