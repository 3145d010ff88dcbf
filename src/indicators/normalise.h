/*-------------------------------------------------------------------------
 *
 * normalise.h
 *	  Mapping raw indicator values onto the 0-100 score scale: linear
 *	  between a worst and a best value, a target band with linear
 *	  fall-off, and rating scales.  Plain C, no fmgr.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SVC_NORMALISE_H
#define SVC_NORMALISE_H

#include <stdbool.h>

/* Score given when the worst and the best value are the same number. */
#define SVC_SCORE_CONSTANT	100.0

extern double svc_score_linear(double value, double worst, double best);
extern double svc_score_band(double value, double low, double high,
							 double tolerance_below, double tolerance_above);
extern double svc_score_rating(double rating, double scale_min,
							   double scale_max);

#endif							/* SVC_NORMALISE_H */
