/*-------------------------------------------------------------------------
 *
 * normal.c
 *	  Quantiles and tail probabilities of the standard normal distribution,
 *	  for confidence intervals and two-sided tests.
 *
 * The quantile starts from Acklam's rational approximation (relative error
 * below 1.2e-9) and applies Halley's method against erfc() twice, which
 * brings it to double precision: z(0.975) = 1.959963984540054.
 *
 *-------------------------------------------------------------------------
 */
#include "wom.h"

#include <math.h>

/*
 * Acklam's rational approximation of the normal quantile, for 0 < p < 1.
 */
static double
normal_quantile_estimate(double p)
{
	static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
		-2.759285104469687e+02, 1.383577518672690e+02,
	-3.066479806614716e+01, 2.506628277459239e+00};
	static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
		-1.556989798598866e+02, 6.680131188771972e+01,
	-1.328068155288572e+01};
	static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
		-2.400758277161838e+00, -2.549732539343734e+00,
	4.374664141464968e+00, 2.938163982698783e+00};
	static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
	2.445134137142996e+00, 3.754408661907416e+00};
	const double p_low = 0.02425;
	double		q;
	double		r;

	if (p < p_low || p > 1 - p_low)
	{
		/* tails */
		q = sqrt(-2 * log(p < p_low ? p : 1 - p));
		r = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q +
			 c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
		return p < p_low ? r : -r;
	}

	/* central region */
	q = p - 0.5;
	r = q * q;
	return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r +
			a[5]) * q /
		(((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/*
 * One Halley step towards the root of Phi(x) - p.
 */
static double
normal_quantile_refine(double x, double p)
{
	double		error = 0.5 * erfc(-x / M_SQRT2) - p;
	double		u = error * sqrt(2 * M_PI) * exp(x * x / 2);

	return x - u / (1 + x * u / 2);
}

/*
 * The standard normal quantile Phi^-1(p), for 0 < p < 1.
 */
double
normal_quantile(double p)
{
	double		x = normal_quantile_estimate(p);

	x = normal_quantile_refine(x, p);
	return normal_quantile_refine(x, p);
}

/*
 * Two-sided p-value of a standard normal statistic, 2 (1 - Phi(|z|)).
 */
double
normal_two_sided_p(double z)
{
	return erfc(fabs(z) / M_SQRT2);
}
