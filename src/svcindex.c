/*-------------------------------------------------------------------------
 *
 * svcindex.c
 *	  Module entry and the validation helpers that every capability uses
 *	  to report bad input in one consistent way.
 *
 *-------------------------------------------------------------------------
 */
#include "svcindex.h"

#include <math.h>

#include "common/int.h"
#include "common/shortest_dec.h"

PG_MODULE_MAGIC;

/*
 * Format a double in the shortest form that reads back exactly, as
 * float8out does, so that error messages show the value the user gave.
 */
char *
svc_format_double(double value)
{
	char	   *buf;

	if (isnan(value))
		return pstrdup("NaN");
	if (isinf(value))
		return pstrdup(value > 0 ? "Infinity" : "-Infinity");

	buf = palloc(DOUBLE_SHORTEST_DECIMAL_LEN);
	double_to_shortest_decimal_buf(value, buf);
	return buf;
}

/*
 * Reject NaN and infinities where a finite number is needed.
 */
void
svc_require_finite(double value, const char *what)
{
	if (isnan(value) || isinf(value))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite number, got %s",
						what, svc_format_double(value))));
}

/*
 * Reject a value outside the closed range [low, high]; NaN and infinities
 * are rejected first with their own message.
 */
void
svc_require_between(double value, double low, double high, const char *what)
{
	svc_require_finite(value, what);
	if (value < low || value > high)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s %s is out of range", what,
						svc_format_double(value)),
				 errdetail("Expected a value between %s and %s.",
						   svc_format_double(low),
						   svc_format_double(high))));
}

/*
 * Reject negative, NaN and infinite values, as for weights.
 */
void
svc_require_nonnegative(double value, const char *what)
{
	svc_require_finite(value, what);
	if (value < 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s %s is negative", what, svc_format_double(value)),
				 errdetail("Expected a value of zero or more.")));
}

/*
 * Reject a value outside the open interval (0, 1), as for confidence
 * levels.
 */
void
svc_require_open_fraction(double value, const char *what)
{
	svc_require_finite(value, what);
	if (value <= 0 || value >= 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s %s is out of range", what,
						svc_format_double(value)),
				 errdetail("Expected a value strictly between 0 and 1."),
				 errhint("Give a confidence level as a fraction, such as 0.95.")));
}

/*
 * Add two counts, raising an error instead of wrapping around.
 */
int64
svc_add_counts(int64 a, int64 b, const char *what)
{
	int64		result;

	if (pg_add_s64_overflow(a, b, &result))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s count is out of range", what),
				 errdetail("Adding " INT64_FORMAT " and " INT64_FORMAT
						   " overflows a 64-bit count.", a, b)));
	return result;
}

/*
 * Return the aggregate memory context of the caller.  Transition and
 * combine functions that keep an internal state are only meaningful inside
 * an aggregate, so a direct call gets a clear error.
 */
MemoryContext
svc_aggregate_context(FunctionCallInfo fcinfo, const char *fname)
{
	MemoryContext aggcontext;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s can only be called as part of an aggregate",
						fname)));
	return aggcontext;
}
