/*-------------------------------------------------------------------------
 *
 * numeric_answer.c
 *	  Helpers for survey answers given as numeric: the text of a value for
 *	  messages, its nearest double, and exact comparison with a whole
 *	  number where the nearest double cannot tell (9 against
 *	  8.99999999999999999999).
 *
 *-------------------------------------------------------------------------
 */
#include "wom.h"

#include "utils/builtins.h"
#include "utils/numeric.h"

/*
 * The text of a numeric, for messages.
 */
char *
numeric_answer_text(Numeric value)
{
	return DatumGetCString(DirectFunctionCall1(numeric_out,
											   NumericGetDatum(value)));
}

/*
 * Compare a numeric with a whole number exactly: negative, zero or
 * positive as the numeric is smaller, equal or larger.
 */
int
numeric_answer_compare(Numeric value, int64 whole)
{
	Numeric		other = int64_to_numeric(whole);

	return DatumGetInt32(DirectFunctionCall2(numeric_cmp,
											 NumericGetDatum(value),
											 NumericGetDatum(other)));
}

/*
 * The nearest double of a numeric answer; NaN and infinities are errors
 * that name the answer.  Finite values beyond the double range come back
 * as infinities, which callers reject as out of range.
 */
double
numeric_answer_value(Numeric value, const char *what)
{
	double		approx;

	approx = DatumGetFloat8(DirectFunctionCall1(numeric_float8_no_overflow,
												NumericGetDatum(value)));
	if (numeric_is_nan(value) || numeric_is_inf(value))
		svc_require_finite(approx, what);
	return approx;
}
