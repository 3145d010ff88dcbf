/*-------------------------------------------------------------------------
 *
 * nps_stats.c
 *	  The Net Promoter Score of a summary and its sampling error.
 *
 * Each answer is scored +1 (promoter), 0 (passive) or -1 (detractor), so
 * with class shares p (promoters) and d (detractors)
 *
 *		NPS = p - d
 *		var = p + d - (p - d)^2				(per answer, divisor n)
 *		SE	= sqrt(var / n)
 *
 * (Rocks, "Interval Estimation for the 'Net Promoter Score'", The American
 * Statistician 70(4), 2016).  The Wald interval is NPS +/- z SE.  The
 * adjusted Wald interval adds 0.75 detractors, 1.5 passives and 0.75
 * promoters (n + 3) and is centred on the adjusted NPS.  Weighted
 * summaries use the weighted shares and Kish's effective sample size in
 * place of n.  Results are in points, 100 times the +1/0/-1 scale.
 *
 *-------------------------------------------------------------------------
 */
#include "wom.h"

#include <math.h>

/*
 * Classify an answer already known to lie in 0..10: promoters score 9 or
 * more, detractors 6 or less, so a fractional answer has exactly one class.
 */
NpsClass
nps_class_of(double score)
{
	if (score >= 9)
		return NPS_PROMOTER;
	if (score > 6)
		return NPS_PASSIVE;
	return NPS_DETRACTOR;
}

/*
 * Number of responses in a summary; a total that would overflow a count
 * is an error.
 */
int64
nps_responses(const NpsSummary *summary)
{
	return svc_add_counts(svc_add_counts(summary->counts[NPS_PROMOTER],
										 summary->counts[NPS_PASSIVE],
										 "response"),
						  summary->counts[NPS_DETRACTOR], "response");
}

/*
 * Fill the class shares, the (effective) sample size and the NPS of a
 * summary; false when there is nothing to take shares of.  The NPS is
 * computed from the class totals with one division, so it is correctly
 * rounded.
 */
bool
nps_shares(const NpsSummary *summary, NpsShares *shares)
{
	bool		weighted = (summary->flags & NPS_WEIGHTED) != 0;
	double		amount[NPS_CLASSES];
	double		total = 0;

	for (int class = 0; class < NPS_CLASSES; class++)
	{
		amount[class] = weighted ? summary->weights[class] :
			(double) summary->counts[class];
		total += amount[class];
	}
	if (total <= 0)
		return false;

	for (int class = 0; class < NPS_CLASSES; class++)
		shares->share[class] = amount[class] / total;
	shares->n = weighted ? total * total / summary->weight_squares : total;
	shares->points = weighted ?
		100.0 * (amount[NPS_PROMOTER] - amount[NPS_DETRACTOR]) / total :
		100.0 * (double) (summary->counts[NPS_PROMOTER] -
						  summary->counts[NPS_DETRACTOR]) / total;
	return true;
}

/*
 * Per-answer variance of the +1/0/-1 score.
 */
double
nps_variance(const NpsShares *shares)
{
	double		p = shares->share[NPS_PROMOTER];
	double		d = shares->share[NPS_DETRACTOR];

	return p + d - (p - d) * (p - d);
}

/*
 * Standard error of the NPS, in points.
 */
double
nps_stderr_points(const NpsShares *shares)
{
	return 100.0 * sqrt(nps_variance(shares) / shares->n);
}

/*
 * Wald interval NPS +/- z SE, in points.
 */
NpsInterval
nps_wald_interval(const NpsShares *shares, double z)
{
	NpsInterval result;
	double		margin = z * nps_stderr_points(shares);

	result.low = shares->points - margin;
	result.high = shares->points + margin;
	return result;
}

/*
 * Adjusted Wald interval: the shares recomputed after adding 0.75
 * promoters, 1.5 passives and 0.75 detractors, then the Wald interval
 * of those, centred on the adjusted NPS.
 */
NpsInterval
nps_adjusted_wald_interval(const NpsShares *shares, double z)
{
	static const double pseudo[NPS_CLASSES] = {0.75, 1.5, 0.75};
	NpsShares	adjusted;
	double		n = shares->n + 3.0;

	for (int class = 0; class < NPS_CLASSES; class++)
		adjusted.share[class] = (shares->share[class] * shares->n +
								 pseudo[class]) / n;
	adjusted.n = n;
	adjusted.points = 100.0 * (adjusted.share[NPS_PROMOTER] -
							   adjusted.share[NPS_DETRACTOR]);
	return nps_wald_interval(&adjusted, z);
}
