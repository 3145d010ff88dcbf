/*-------------------------------------------------------------------------
 *
 * wom.h
 *	  Word of mouth and satisfaction: the NPS and rating summary layouts
 *	  and the pure arithmetic on them.
 *
 * nps_summary (64 bytes, fixed).  Class counts are exact 64-bit counts of
 * the responses in each class.  A weighted summary also carries the sum of
 * the survey weights in each class and the sum of squared weights, which
 * gives Kish's effective sample size
 *
 *		n_eff = (sum w)^2 / sum w^2
 *
 * used by the standard error; for an unweighted summary n_eff = n.  The
 * INEXACT flag records that some weight addition was rounded, so that a
 * moving-window inverse step knows it cannot undo it exactly; it is not
 * part of the value's text or binary form.
 *
 * rating_summary (96 bytes, fixed).  The scale low..high (at most eleven
 * points) and the count of answers at each point, counts[i] holding the
 * answers equal to low + i.
 *
 *-------------------------------------------------------------------------
 */
#ifndef WOM_H
#define WOM_H

#include "svcindex.h"

#include "utils/numeric.h"

#define NPS_WEIGHTED	0x0001	/* the summary holds weight sums */
#define NPS_INEXACT		0x0002	/* a weight sum was rounded */

/* The class of an answer on the 0-10 scale. */
typedef enum NpsClass
{
	NPS_DETRACTOR,
	NPS_PASSIVE,
	NPS_PROMOTER
} NpsClass;

#define NPS_CLASSES		3

typedef struct NpsSummary
{
	int64		counts[NPS_CLASSES];	/* answers in each NpsClass */
	double		weights[NPS_CLASSES];	/* weight sum of each NpsClass */
	double		weight_squares;
	int32		flags;
	int32		reserved;		/* always zero; keeps the size at 64 */
} NpsSummary;

#define RATING_MAX_POINTS	11

typedef struct RatingSummary
{
	int32		low;
	int32		high;
	int64		counts[RATING_MAX_POINTS];
} RatingSummary;

/* Class shares, weighted or not, and the sample size behind them. */
typedef struct NpsShares
{
	double		share[NPS_CLASSES];	/* fraction of each NpsClass, 0..1 */
	double		n;				/* responses, or Kish's effective size */
	double		points;			/* NPS, -100..100 */
} NpsShares;

/* A two-sided interval. */
typedef struct NpsInterval
{
	double		low;
	double		high;
} NpsInterval;

/* nps_stats.c: statistics of class shares, in NPS points. */
extern NpsClass nps_class_of(double score);
extern int64 nps_responses(const NpsSummary *summary);
extern bool nps_shares(const NpsSummary *summary, NpsShares *shares);
extern double nps_variance(const NpsShares *shares);
extern double nps_stderr_points(const NpsShares *shares);
extern NpsInterval nps_wald_interval(const NpsShares *shares, double z);
extern NpsInterval nps_adjusted_wald_interval(const NpsShares *shares,
											  double z);

/* numeric_answer.c: reading numeric answers exactly. */
extern char *numeric_answer_text(Numeric value);
extern int	numeric_answer_compare(Numeric value, int64 whole);
extern double numeric_answer_value(Numeric value,
								   const char *what);

/* fixed_state.c: serialising fixed-size internal states. */
extern Datum fixed_state_serialize(FunctionCallInfo fcinfo, Size size);
extern Datum fixed_state_deserialize(FunctionCallInfo fcinfo, Size size);

/* normal.c: the standard normal distribution. */
extern double normal_quantile(double p);
extern double normal_two_sided_p(double z);

/* rating_agg.c: the scale check shared with the type's input. */
extern void rating_check_scale(int64 low, int64 high);

/* rating_stats.c: statistics of a rating histogram. */
extern int64 rating_responses(const RatingSummary *summary);
extern double rating_mean(const RatingSummary *summary);
extern double rating_stddev(const RatingSummary *summary);
extern double rating_median(const RatingSummary *summary);
extern int64 rating_count_between(const RatingSummary *summary,
								  int32 from, int32 to);

#endif							/* WOM_H */
