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
 * Kish's effective sample size (sum w)^2 / sum w^2, formed so that the
 * square of the total cannot overflow or underflow.
 */
double
nps_effective_size(double total, double weight_squares)
{
	return total * (total / weight_squares);
}

/*
 * Fill the class amounts and shares, the (effective) sample size and the
 * NPS of a summary; false when there is nothing to take shares of.  The
 * NPS is computed from the class totals with one division, so it is
 * correctly rounded.  Kish's size lies between 1 and the number of
 * answers; it is kept there, so that rounding in the weight sums never
 * reports more information than the answers hold.
 */
bool
nps_shares(const NpsSummary *summary, NpsShares *shares)
{
	bool		weighted = (summary->flags & NPS_WEIGHTED) != 0;

	shares->total = 0;
	for (int class = 0; class < NPS_CLASSES; class++)
	{
		shares->amount[class] = weighted ? summary->weights[class] :
			(double) summary->counts[class];
		shares->total += shares->amount[class];
	}
	if (shares->total <= 0)
		return false;

	for (int class = 0; class < NPS_CLASSES; class++)
		shares->share[class] = shares->amount[class] / shares->total;
	if (weighted)
	{
		double		n = nps_effective_size(shares->total,
										   summary->weight_squares);

		shares->n = Max(1.0, Min(n, (double) nps_responses(summary)));
	}
	else
		shares->n = shares->total;
	shares->points = weighted ?
		100.0 * (shares->amount[NPS_PROMOTER] -
				 shares->amount[NPS_DETRACTOR]) / shares->total :
		100.0 * (double) (summary->counts[NPS_PROMOTER] -
						  summary->counts[NPS_DETRACTOR]) / shares->total;
	return true;
}

/*
 * Per-answer variance of the +1/0/-1 score, p + d - (p - d)^2.  With the
 * passive share a = 1 - p - d this equals a (p + d) + 4 p d, a sum of
 * non-negative terms; the textbook form subtracts two close numbers when
 * nearly every answer is in one class (999 promoters and a passive lost
 * 14 digits of 16 to it), this one keeps every digit.
 */
double
nps_variance(const NpsShares *shares)
{
	double		p = shares->share[NPS_PROMOTER];
	double		a = shares->share[NPS_PASSIVE];
	double		d = shares->share[NPS_DETRACTOR];

	return a * (p + d) + 4.0 * p * d;
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
 * Adjusted Wald interval: 0.75 promoters, 1.5 passives and 0.75
 * detractors added to the class amounts (scaled to the effective sample
 * size when weighted), then the Wald interval of those, centred on the
 * adjusted NPS.  Unweighted counts are adjusted as they are, so the
 * shares and score are divided once from whole counts.
 */
NpsInterval
nps_adjusted_wald_interval(const NpsShares *shares, double z)
{
	static const double pseudo[NPS_CLASSES] = {0.75, 1.5, 0.75};
	double		scale = shares->n / shares->total;
	NpsShares	adjusted;

	adjusted.n = shares->n + 3.0;
	adjusted.total = adjusted.n;
	for (int class = 0; class < NPS_CLASSES; class++)
	{
		adjusted.amount[class] = shares->amount[class] * scale +
			pseudo[class];
		adjusted.share[class] = adjusted.amount[class] / adjusted.n;
	}
	adjusted.points = 100.0 * (adjusted.amount[NPS_PROMOTER] -
							   adjusted.amount[NPS_DETRACTOR]) / adjusted.n;
	return nps_wald_interval(&adjusted, z);
}

/*
 * NPS a minus NPS b in points.  Subtracting two rounded scores loses
 * most digits when they are close (100 against 99.9998), so the
 * difference is formed from the class amounts as
 *
 *		((Pa - Da) Tb - (Pb - Db) Ta) / (Ta Tb)
 *
 * with the cross products taken by fused multiply-adds, which leaves the
 * numerator within an ulp or two (Kahan's difference of products).  The
 * amounts are first scaled by powers of two, exactly, so that no product
 * overflows.
 */
double
nps_difference_points(const NpsShares *a, const NpsShares *b)
{
	int			exp_a;
	int			exp_b;
	double		total_a = frexp(a->total, &exp_a);
	double		total_b = frexp(b->total, &exp_b);
	double		net_a = ldexp(a->amount[NPS_PROMOTER] -
							  a->amount[NPS_DETRACTOR], -exp_a);
	double		net_b = ldexp(b->amount[NPS_PROMOTER] -
							  b->amount[NPS_DETRACTOR], -exp_b);
	double		product = net_b * total_a;
	double		product_error = fma(-net_b, total_a, product);
	double		cross = fma(net_a, total_b, -product) + product_error;

	return 100.0 * cross / total_a / total_b;
}
