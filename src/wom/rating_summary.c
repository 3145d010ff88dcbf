/*-------------------------------------------------------------------------
 *
 * rating_summary.c
 *	  The rating_summary type: text and binary forms, and the accessors
 *	  that read mean, spread, median, box shares and the normalised score.
 *
 * Text form: "(low=1,high=5,counts=[3,5,10,20,12])", one count per point
 * of the scale from low to high.
 *
 *-------------------------------------------------------------------------
 */
#include "wom.h"

#include "catalog/pg_type_d.h"
#include "libpq/pqformat.h"
#include "utils/array.h"

PG_FUNCTION_INFO_V1(rating_summary_in);
PG_FUNCTION_INFO_V1(rating_summary_out);
PG_FUNCTION_INFO_V1(rating_summary_recv);
PG_FUNCTION_INFO_V1(rating_summary_send);
PG_FUNCTION_INFO_V1(rating_summary_responses);
PG_FUNCTION_INFO_V1(rating_summary_mean);
PG_FUNCTION_INFO_V1(rating_summary_stddev);
PG_FUNCTION_INFO_V1(rating_summary_median);
PG_FUNCTION_INFO_V1(rating_summary_csat);
PG_FUNCTION_INFO_V1(rating_summary_top_box);
PG_FUNCTION_INFO_V1(rating_summary_bottom_box);
PG_FUNCTION_INFO_V1(rating_summary_normalised_score);
PG_FUNCTION_INFO_V1(rating_summary_low);
PG_FUNCTION_INFO_V1(rating_summary_high);
PG_FUNCTION_INFO_V1(rating_summary_counts);

#define RATING_ARG(n)	((RatingSummary *) PG_GETARG_POINTER(n))

/*
 * Check a summary read from text or binary input: a supported scale,
 * counts of zero or more, at least one answer, and a total that fits.
 */
static void
rating_summary_check(const RatingSummary *summary)
{
	int64		total = 0;

	for (int i = 0; i < summary->high - summary->low + 1; i++)
	{
		if (summary->counts[i] < 0)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("rating_summary counts must be zero or more")));
		total = svc_add_counts(total, summary->counts[i], "response");
	}
	if (total == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rating_summary must hold at least one answer")));
}

/*
 * Read the text form.
 */
Datum
rating_summary_in(PG_FUNCTION_ARGS)
{
	char	   *input = PG_GETARG_CSTRING(0);
	RatingSummary *result = palloc0(sizeof(RatingSummary));
	SvcTextReader reader;
	int64		low;
	int64		high;
	int			n;

	svc_reader_init(&reader, input, "rating_summary");
	svc_reader_key(&reader, "low");
	low = svc_reader_int64(&reader);
	svc_reader_key(&reader, "high");
	high = svc_reader_int64(&reader);
	rating_check_scale(low, high);
	result->low = (int32) low;
	result->high = (int32) high;
	svc_reader_key(&reader, "counts");
	n = svc_reader_int64_list(&reader, result->counts, RATING_MAX_POINTS);
	svc_reader_finish(&reader);
	if (n != high - low + 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type rating_summary: \"%s\"",
						input),
				 errdetail("The scale " INT64_FORMAT ".." INT64_FORMAT
						   " needs " INT64_FORMAT " counts, got %d.",
						   low, high, high - low + 1, n)));
	rating_summary_check(result);
	PG_RETURN_POINTER(result);
}

/*
 * Write the text form.
 */
Datum
rating_summary_out(PG_FUNCTION_ARGS)
{
	RatingSummary *summary = RATING_ARG(0);
	StringInfoData buf;

	initStringInfo(&buf);
	svc_text_begin(&buf);
	svc_text_int64(&buf, "low", summary->low);
	svc_text_int64(&buf, "high", summary->high);
	svc_text_int64_list(&buf, "counts", summary->counts,
						summary->high - summary->low + 1);
	svc_text_end(&buf);
	PG_RETURN_CSTRING(buf.data);
}

/*
 * Read the binary form: low, high, then one count per point.
 */
Datum
rating_summary_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	RatingSummary *result = palloc0(sizeof(RatingSummary));

	result->low = pq_getmsgint(buf, 4);
	result->high = pq_getmsgint(buf, 4);
	rating_check_scale(result->low, result->high);
	for (int i = 0; i < result->high - result->low + 1; i++)
		result->counts[i] = pq_getmsgint64(buf);
	rating_summary_check(result);
	PG_RETURN_POINTER(result);
}

/*
 * Write the binary form.
 */
Datum
rating_summary_send(PG_FUNCTION_ARGS)
{
	RatingSummary *summary = RATING_ARG(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint32(&buf, summary->low);
	pq_sendint32(&buf, summary->high);
	for (int i = 0; i < summary->high - summary->low + 1; i++)
		pq_sendint64(&buf, summary->counts[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * Number of answers.
 */
Datum
rating_summary_responses(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(rating_responses(RATING_ARG(0)));
}

/*
 * Mean answer.
 */
Datum
rating_summary_mean(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(rating_mean(RATING_ARG(0)));
}

/*
 * Sample standard deviation; NULL for a single answer.
 */
Datum
rating_summary_stddev(PG_FUNCTION_ARGS)
{
	if (rating_responses(RATING_ARG(0)) < 2)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(rating_stddev(RATING_ARG(0)));
}

/*
 * Median answer.
 */
Datum
rating_summary_median(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(rating_median(RATING_ARG(0)));
}

/*
 * Percentage of answers between two points, both included.
 */
static double
rating_share_between(const RatingSummary *summary, int64 from, int64 to)
{
	return 100.0 * (double) rating_count_between(summary, from, to) /
		(double) rating_responses(summary);
}

/*
 * Check a number of boxes against the scale of a summary.
 */
static void
rating_check_boxes(const RatingSummary *summary, int32 boxes)
{
	if (boxes < 1 || boxes > summary->high - summary->low + 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("number of boxes %d is out of range", boxes),
				 errdetail("Expected a number between 1 and %d for the scale %d..%d.",
						   summary->high - summary->low + 1,
						   summary->low, summary->high)));
}

/*
 * Percentage of answers at or above a threshold on the scale.
 */
Datum
rating_summary_csat(PG_FUNCTION_ARGS)
{
	RatingSummary *summary = RATING_ARG(0);
	int32		threshold = PG_GETARG_INT32(1);

	if (threshold < summary->low || threshold > summary->high)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("threshold %d is outside the scale %d..%d",
						threshold, summary->low, summary->high)));
	PG_RETURN_FLOAT8(rating_share_between(summary, threshold,
										  summary->high));
}

/*
 * Percentage of answers in the top boxes of the scale.
 */
Datum
rating_summary_top_box(PG_FUNCTION_ARGS)
{
	RatingSummary *summary = RATING_ARG(0);
	int32		boxes = PG_GETARG_INT32(1);

	rating_check_boxes(summary, boxes);
	PG_RETURN_FLOAT8(rating_share_between(summary,
										  (int64) summary->high - boxes + 1,
										  summary->high));
}

/*
 * Percentage of answers in the bottom boxes of the scale.
 */
Datum
rating_summary_bottom_box(PG_FUNCTION_ARGS)
{
	RatingSummary *summary = RATING_ARG(0);
	int32		boxes = PG_GETARG_INT32(1);

	rating_check_boxes(summary, boxes);
	PG_RETURN_FLOAT8(rating_share_between(summary, summary->low,
										  (int64) summary->low + boxes - 1));
}

/*
 * Mean on a 0-100 scale: (mean - low) / (high - low) x 100.
 */
Datum
rating_summary_normalised_score(PG_FUNCTION_ARGS)
{
	RatingSummary *summary = RATING_ARG(0);

	PG_RETURN_FLOAT8((rating_mean(summary) - summary->low) * 100.0 /
					 (summary->high - summary->low));
}

/*
 * Lowest point of the scale.
 */
Datum
rating_summary_low(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(RATING_ARG(0)->low);
}

/*
 * Highest point of the scale.
 */
Datum
rating_summary_high(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(RATING_ARG(0)->high);
}

/*
 * Counts per point, from low to high, as bigint[].
 */
Datum
rating_summary_counts(PG_FUNCTION_ARGS)
{
	RatingSummary *summary = RATING_ARG(0);
	int			n = summary->high - summary->low + 1;
	Datum		elements[RATING_MAX_POINTS];

	for (int i = 0; i < n; i++)
		elements[i] = Int64GetDatum(summary->counts[i]);
	PG_RETURN_ARRAYTYPE_P(construct_array(elements, n, INT8OID,
										  sizeof(int64), FLOAT8PASSBYVAL,
										  TYPALIGN_DOUBLE));
}
