/*-------------------------------------------------------------------------
 *
 * nps_summary.c
 *	  The nps_summary type: text and binary forms, and the accessors that
 *	  read the score, class counts, shares and sampling error from it.
 *
 * Text form: "(promoters=501,passives=317,detractors=71)" for an
 * unweighted summary; a weighted one goes on with promoter_weight,
 * passive_weight, detractor_weight and weight_squares.
 *
 *-------------------------------------------------------------------------
 */
#include "wom.h"

#include <ctype.h>
#include <math.h>

#include "catalog/pg_type_d.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(nps_summary_in);
PG_FUNCTION_INFO_V1(nps_summary_out);
PG_FUNCTION_INFO_V1(nps_summary_recv);
PG_FUNCTION_INFO_V1(nps_summary_send);
PG_FUNCTION_INFO_V1(nps_summary_nps);
PG_FUNCTION_INFO_V1(nps_summary_promoters);
PG_FUNCTION_INFO_V1(nps_summary_passives);
PG_FUNCTION_INFO_V1(nps_summary_detractors);
PG_FUNCTION_INFO_V1(nps_summary_responses);
PG_FUNCTION_INFO_V1(nps_summary_promoter_share);
PG_FUNCTION_INFO_V1(nps_summary_passive_share);
PG_FUNCTION_INFO_V1(nps_summary_detractor_share);
PG_FUNCTION_INFO_V1(nps_summary_effective_responses);
PG_FUNCTION_INFO_V1(nps_summary_stderr);
PG_FUNCTION_INFO_V1(nps_summary_interval);
PG_FUNCTION_INFO_V1(nps_summary_test);

/* The classes in the order of the text and binary forms, and their fields. */
static const NpsClass field_class[NPS_CLASSES] = {
	NPS_PROMOTER, NPS_PASSIVE, NPS_DETRACTOR
};
static const char *const count_field[NPS_CLASSES] = {
	"promoters", "passives", "detractors"
};
static const char *const weight_field[NPS_CLASSES] = {
	"promoter_weight", "passive_weight", "detractor_weight"
};

/*
 * Check a summary read from text or binary input: the total of the counts
 * must fit a count, weight sums must be finite and non-negative.
 */
static void
nps_summary_check(const NpsSummary *summary)
{
	(void) nps_responses(summary);
	for (int i = 0; i < NPS_CLASSES; i++)
	{
		if (summary->counts[i] < 0)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("nps_summary counts must be zero or more")));
		if (summary->flags & NPS_WEIGHTED)
			svc_require_nonnegative(summary->weights[field_class[i]],
									weight_field[i]);
	}
	if (summary->flags & NPS_WEIGHTED)
		svc_require_nonnegative(summary->weight_squares, "weight_squares");
}

/*
 * Read the text form.
 */
Datum
nps_summary_in(PG_FUNCTION_ARGS)
{
	char	   *input = PG_GETARG_CSTRING(0);
	NpsSummary *result = palloc0(sizeof(NpsSummary));
	SvcTextReader reader;
	const char *next;

	svc_reader_init(&reader, input, "nps_summary");
	for (int i = 0; i < NPS_CLASSES; i++)
	{
		svc_reader_key(&reader, count_field[i]);
		result->counts[field_class[i]] = svc_reader_int64(&reader);
	}

	/* a weighted summary goes on after the counts */
	next = reader.pos;
	while (isspace((unsigned char) *next))
		next++;
	if (*next == ',')
	{
		result->flags = NPS_WEIGHTED;
		for (int i = 0; i < NPS_CLASSES; i++)
		{
			svc_reader_key(&reader, weight_field[i]);
			result->weights[field_class[i]] = svc_reader_double(&reader);
		}
		svc_reader_key(&reader, "weight_squares");
		result->weight_squares = svc_reader_double(&reader);
	}
	svc_reader_finish(&reader);
	nps_summary_check(result);
	PG_RETURN_POINTER(result);
}

/*
 * Write the text form.
 */
Datum
nps_summary_out(PG_FUNCTION_ARGS)
{
	NpsSummary *summary = (NpsSummary *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	initStringInfo(&buf);
	svc_text_begin(&buf);
	for (int i = 0; i < NPS_CLASSES; i++)
		svc_text_int64(&buf, count_field[i], summary->counts[field_class[i]]);
	if (summary->flags & NPS_WEIGHTED)
	{
		for (int i = 0; i < NPS_CLASSES; i++)
			svc_text_double(&buf, weight_field[i],
							summary->weights[field_class[i]]);
		svc_text_double(&buf, "weight_squares", summary->weight_squares);
	}
	svc_text_end(&buf);
	PG_RETURN_CSTRING(buf.data);
}

/*
 * Read the binary form: a flag byte, three counts, and for a weighted
 * summary four weight sums.
 */
Datum
nps_summary_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	NpsSummary *result = palloc0(sizeof(NpsSummary));
	int			weighted = pq_getmsgbyte(buf);

	if (weighted != 0 && weighted != 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid nps_summary flag %d in binary input",
						weighted),
				 errdetail("Expected 0 (counts) or 1 (weighted).")));
	result->flags = weighted ? NPS_WEIGHTED : 0;
	for (int i = 0; i < NPS_CLASSES; i++)
		result->counts[field_class[i]] = pq_getmsgint64(buf);
	if (weighted)
	{
		for (int i = 0; i < NPS_CLASSES; i++)
			result->weights[field_class[i]] = pq_getmsgfloat8(buf);
		result->weight_squares = pq_getmsgfloat8(buf);
	}
	nps_summary_check(result);
	PG_RETURN_POINTER(result);
}

/*
 * Write the binary form.
 */
Datum
nps_summary_send(PG_FUNCTION_ARGS)
{
	NpsSummary *summary = (NpsSummary *) PG_GETARG_POINTER(0);
	bool		weighted = (summary->flags & NPS_WEIGHTED) != 0;
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, weighted ? 1 : 0);
	for (int i = 0; i < NPS_CLASSES; i++)
		pq_sendint64(&buf, summary->counts[field_class[i]]);
	if (weighted)
	{
		for (int i = 0; i < NPS_CLASSES; i++)
			pq_sendfloat8(&buf, summary->weights[field_class[i]]);
		pq_sendfloat8(&buf, summary->weight_squares);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * NPS in points; NULL when the summary has no weight to share out.
 */
Datum
nps_summary_nps(PG_FUNCTION_ARGS)
{
	NpsShares	shares;

	if (!nps_shares((NpsSummary *) PG_GETARG_POINTER(0), &shares))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(shares.points);
}

/*
 * Number of answers of one class in the summary argument.
 */
static Datum
nps_count_arg(FunctionCallInfo fcinfo, NpsClass class)
{
	PG_RETURN_INT64(((NpsSummary *) PG_GETARG_POINTER(0))->counts[class]);
}

/*
 * Number of promoters.
 */
Datum
nps_summary_promoters(PG_FUNCTION_ARGS)
{
	return nps_count_arg(fcinfo, NPS_PROMOTER);
}

/*
 * Number of passives.
 */
Datum
nps_summary_passives(PG_FUNCTION_ARGS)
{
	return nps_count_arg(fcinfo, NPS_PASSIVE);
}

/*
 * Number of detractors.
 */
Datum
nps_summary_detractors(PG_FUNCTION_ARGS)
{
	return nps_count_arg(fcinfo, NPS_DETRACTOR);
}

/*
 * Number of answers.
 */
Datum
nps_summary_responses(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(nps_responses((NpsSummary *) PG_GETARG_POINTER(0)));
}

/*
 * The shares of a summary argument, or false when it has none.
 */
static bool
nps_shares_arg(FunctionCallInfo fcinfo, int argno, NpsShares *shares)
{
	return nps_shares((NpsSummary *) PG_GETARG_POINTER(argno), shares);
}

/*
 * Percentage of one class in the summary argument, weighted when the
 * summary is; NULL when it has no weight to share out.
 */
static Datum
nps_share_arg(FunctionCallInfo fcinfo, NpsClass class)
{
	NpsShares	shares;

	if (!nps_shares_arg(fcinfo, 0, &shares))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(100.0 * shares.share[class]);
}

/*
 * Percentage of promoters.
 */
Datum
nps_summary_promoter_share(PG_FUNCTION_ARGS)
{
	return nps_share_arg(fcinfo, NPS_PROMOTER);
}

/*
 * Percentage of passives.
 */
Datum
nps_summary_passive_share(PG_FUNCTION_ARGS)
{
	return nps_share_arg(fcinfo, NPS_PASSIVE);
}

/*
 * Percentage of detractors.
 */
Datum
nps_summary_detractor_share(PG_FUNCTION_ARGS)
{
	return nps_share_arg(fcinfo, NPS_DETRACTOR);
}

/*
 * Sample size behind the standard error: the number of answers, or
 * Kish's effective sample size for a weighted summary.
 */
Datum
nps_summary_effective_responses(PG_FUNCTION_ARGS)
{
	NpsShares	shares;

	if (!nps_shares_arg(fcinfo, 0, &shares))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(shares.n);
}

/*
 * The shares of a summary argument when a standard error can be taken
 * from them: at least two answers and some weight.
 */
static bool
nps_shares_for_error(FunctionCallInfo fcinfo, int argno, NpsShares *shares)
{
	NpsSummary *summary = (NpsSummary *) PG_GETARG_POINTER(argno);

	return nps_responses(summary) >= 2 && nps_shares(summary, shares);
}

/*
 * Standard error of the NPS in points; NULL for fewer than two answers.
 */
Datum
nps_summary_stderr(PG_FUNCTION_ARGS)
{
	NpsShares	shares;

	if (!nps_shares_for_error(fcinfo, 0, &shares))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(nps_stderr_points(&shares));
}

/*
 * A float8[] from values, NULL where isnull says; the SQL wrappers turn
 * it into named output columns.
 */
static Datum
float8_array(const double *values, const bool *isnull, int n)
{
	Datum		elements[3];
	int			dims[1] = {n};
	int			lbs[1] = {1};

	for (int i = 0; i < n; i++)
		elements[i] = Float8GetDatum(values[i]);
	return PointerGetDatum(construct_md_array(elements, (bool *) isnull, 1,
											  dims, lbs, FLOAT8OID,
											  sizeof(float8),
											  FLOAT8PASSBYVAL,
											  TYPALIGN_DOUBLE));
}

/*
 * Confidence interval {low, high} in points at a confidence level, by the
 * Wald or the adjusted Wald method.  The Wald interval needs two answers;
 * the adjusted one is defined from one.  Neither is clipped to -100..100.
 */
Datum
nps_summary_interval(PG_FUNCTION_ARGS)
{
	NpsSummary *summary = (NpsSummary *) PG_GETARG_POINTER(0);
	double		level = PG_GETARG_FLOAT8(1);
	char	   *method = text_to_cstring(PG_GETARG_TEXT_PP(2));
	bool		adjusted;
	NpsShares	shares;
	NpsInterval interval;
	double		z;
	double		values[2];
	bool		isnull[2] = {false, false};

	svc_require_open_fraction(level, "confidence level");
	if (strcmp(method, "wald") == 0)
		adjusted = false;
	else if (strcmp(method, "adjusted-wald") == 0)
		adjusted = true;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown NPS interval method \"%s\"", method),
				 errhint("Use \"wald\" or \"adjusted-wald\".")));

	if (!nps_shares(summary, &shares) ||
		(!adjusted && nps_responses(summary) < 2))
		PG_RETURN_NULL();

	z = -normal_quantile((1 - level) / 2);
	interval = adjusted ? nps_adjusted_wald_interval(&shares, z) :
		nps_wald_interval(&shares, z);
	values[0] = interval.low;
	values[1] = interval.high;
	PG_RETURN_DATUM(float8_array(values, isnull, 2));
}

/*
 * Two-sample z test of NPS a against NPS b: {difference a - b in points,
 * z, two-sided p-value}.  z and p are NULL when either sample has fewer
 * than two answers or both have zero variance.
 */
Datum
nps_summary_test(PG_FUNCTION_ARGS)
{
	NpsShares	a;
	NpsShares	b;
	double		values[3];
	bool		isnull[3] = {false, true, true};
	double		stderr_points;

	if (!nps_shares_arg(fcinfo, 0, &a) || !nps_shares_arg(fcinfo, 1, &b))
		PG_RETURN_NULL();
	values[0] = a.points - b.points;
	values[1] = values[2] = 0;

	if (nps_shares_for_error(fcinfo, 0, &a) &&
		nps_shares_for_error(fcinfo, 1, &b))
	{
		stderr_points = 100.0 * sqrt(nps_variance(&a) / a.n +
									 nps_variance(&b) / b.n);
		if (stderr_points > 0)
		{
			values[1] = values[0] / stderr_points;
			values[2] = normal_two_sided_p(values[1]);
			isnull[1] = isnull[2] = false;
		}
	}
	PG_RETURN_DATUM(float8_array(values, isnull, 3));
}
