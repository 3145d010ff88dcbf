/*-------------------------------------------------------------------------
 *
 * mcdm.h
 *	  Pure arithmetic of the weighting and ranking methods: AHP, entropy
 *	  weights, CRITIC weights and TOPSIS.  Nothing here calls fmgr or
 *	  reports errors; the SQL glue validates input before calling in.
 *
 *-------------------------------------------------------------------------
 */
#ifndef MCDM_H
#define MCDM_H

#include "c.h"

#include <math.h>

/* The largest number of criteria the aggregates and TOPSIS accept. */
#define MCDM_MAX_CRITERIA 1000

/* The largest pairwise comparison matrix AHP accepts. */
#define AHP_MAX_ORDER 100

/* AHP: weights from a positive reciprocal matrix (row-major, n x n). */
extern bool ahp_principal_eigenvector(const double *matrix, int n,
									  double *weights);
extern void ahp_geometric_mean_weights(const double *matrix, int n,
									   double *weights);
extern double ahp_lambda_max(const double *matrix, int n,
							 const double *weights);
extern bool ahp_random_index(const char *table, int n, double *index,
							 bool *known_table);
extern const char *ahp_random_index_tables(void);

/*
 * The power of two 2^-e that scales values of up to this magnitude into
 * [0, 1): e is the binary exponent of the magnitude, but at least -1021,
 * so that the scale itself is a finite double.  Multiplying by it is
 * exact, and the weight aggregates keep each column so scaled.
 */
static inline double
mcdm_covering_scale(double magnitude)
{
	int			exponent;

	(void) frexp(magnitude, &exponent);
	return ldexp(1.0, -Max(exponent, -1021));
}

/*
 * The weight aggregates' states begin alike: a varlena header, so that a
 * state serialises as it is, the number of criteria and of rows.
 */
typedef struct WeightsStateHeader
{
	int32		vl_len_;
	int32		ncriteria;
	int64		rows;
} WeightsStateHeader;

/*
 * Entropy weights.  The running state holds, per criterion, the sum of
 * the values and of x ln x (with 0 ln 0 = 0), both of the values times
 * the column's scale (see mcdm_covering_scale), the least and the
 * greatest value, and that scale (0 before any positive value); rows
 * counts the alternatives.
 */
typedef struct EntropyState
{
	WeightsStateHeader header;
	double		values[FLEXIBLE_ARRAY_MEMBER];	/* sum, sum x ln x, min,
												 * max, scale:
												 * ncriteria each */
} EntropyState;

extern Size entropy_state_size(int ncriteria);
extern void entropy_state_init(EntropyState *state, int ncriteria);
extern void entropy_state_add(EntropyState *state, const double *row);
extern void entropy_state_merge(EntropyState *into, const EntropyState *from);
extern bool entropy_state_weights(const EntropyState *state, double *weights);

/*
 * CRITIC weights.  The running state holds the count, the means, least
 * and greatest values, direction (+1 benefit, -1 cost) and scale (see
 * mcdm_covering_scale; 0 before any value other than 0) of each criterion
 * and the upper triangle of the co-moment matrix
 * sum (x_j - mean_j)(x_k - mean_k), kept in full n x n storage; means and
 * co-moments are of the values times their column's scale.
 */
typedef struct CriticState
{
	WeightsStateHeader header;
	double		values[FLEXIBLE_ARRAY_MEMBER];	/* mean, min, max, sign,
												 * scale: ncriteria
												 * each; then ncriteria^2
												 * co-moments */
} CriticState;

extern Size critic_state_size(int ncriteria);
extern void critic_state_init(CriticState *state, int ncriteria,
							  const bool *benefit);
extern int	critic_state_direction_mismatch(const CriticState *state,
											const bool *benefit);
extern int	critic_states_direction_mismatch(const CriticState *a,
											 const CriticState *b);
extern void critic_state_add(CriticState *state, const double *row);
extern void critic_state_merge(CriticState *into, const CriticState *from);
extern bool critic_state_weights(const CriticState *state, double *weights);

/* TOPSIS over an m x k decision matrix (row-major). */
typedef enum TopsisNormalisation
{
	TOPSIS_VECTOR,				/* x / sqrt(sum x^2), Hwang and Yoon */
	TOPSIS_MINMAX,				/* (x - min) / (max - min) */
	TOPSIS_NONE					/* the values as given */
} TopsisNormalisation;

extern void topsis_closeness(double *matrix, int64 m, int k,
							 const double *weights, const bool *benefit,
							 TopsisNormalisation normalisation,
							 double *closeness, bool *undefined);

#endif							/* MCDM_H */
