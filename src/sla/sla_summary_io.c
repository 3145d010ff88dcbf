/*-------------------------------------------------------------------------
 *
 * sla_summary_io.c
 *	  Text and binary input and output of the sla_summary type.
 *
 * Text form, through the shared summary text helpers:
 *
 *		(total=3,met=2,sum_us=5400000000,min_us=600000000,
 *		 max_us=3600000000,buckets=[1021,1111],counts=[2,1])
 *
 * Durations are in microseconds; buckets are the sketch's signed indexes
 * in ascending order and counts their counts (see duration_sketch.h).
 *
 *-------------------------------------------------------------------------
 */
#include "sla_summary.h"

#include <math.h>

#include "libpq/pqformat.h"

PG_FUNCTION_INFO_V1(sla_summary_in);
PG_FUNCTION_INFO_V1(sla_summary_out);
PG_FUNCTION_INFO_V1(sla_summary_recv);
PG_FUNCTION_INFO_V1(sla_summary_send);

/* Most buckets a summary can hold: every index of both signs and zero. */
#define SLA_MAX_BUCKETS (2 * SKETCH_MAX_INDEX + 1)

/* Largest count a text list carries exactly, as a double: 2^53. */
#define SLA_MAX_TEXT_COUNT 9007199254740992.0

/*
 * Read a signed microsecond field that must fit in 64 bits.
 */
static int64
read_usec_field(SvcTextReader *reader, const char *key)
{
	int128		value;

	svc_reader_key(reader, key);
	value = svc_reader_int128(reader);
	if (value > PG_INT64_MAX || value < PG_INT64_MIN)
		sla_input_fail(ERRCODE_INVALID_TEXT_REPRESENTATION, reader->input,
					   psprintf("Field \"%s\" must fit in a 64-bit count of microseconds.",
								key));
	return (int64) value;
}

/*
 * Check a summary read from input and return its stored form, errors
 * carrying the given SQLSTATE and showing the text form "input" when it
 * is not NULL.
 */
static Datum
finish_input(SlaState *state, int code, const char *input)
{
	sla_state_check(state, code, input);
	PG_RETURN_POINTER(sla_state_flatten(state, true));
}

/*
 * Read the summary in argument 0 into a state, for output.
 */
static void
summary_argument(FunctionCallInfo fcinfo, SlaState *state)
{
	sla_state_unflatten(state, PG_DETOAST_DATUM(PG_GETARG_DATUM(0)));
}

/*
 * Read a summary from its text form.
 */
Datum
sla_summary_in(PG_FUNCTION_ARGS)
{
	char	   *input = PG_GETARG_CSTRING(0);
	SvcTextReader reader;
	SlaState	state;
	double	   *buckets = palloc(sizeof(double) * SLA_MAX_BUCKETS);
	double	   *counts = palloc(sizeof(double) * SLA_MAX_BUCKETS);
	int			nbuckets;
	int			ncounts;
	double		previous = -(SKETCH_MAX_INDEX + 1);

	sla_state_init(&state);
	svc_reader_init(&reader, input, "sla_summary");
	svc_reader_key(&reader, "total");
	state.total = svc_reader_int64(&reader);
	svc_reader_key(&reader, "met");
	state.met = svc_reader_int64(&reader);
	svc_reader_key(&reader, "sum_us");
	state.sum = svc_reader_int128(&reader);
	state.min = read_usec_field(&reader, "min_us");
	state.max = read_usec_field(&reader, "max_us");
	svc_reader_key(&reader, "buckets");
	nbuckets = svc_reader_double_list(&reader, buckets, SLA_MAX_BUCKETS);
	svc_reader_key(&reader, "counts");
	ncounts = svc_reader_double_list(&reader, counts, SLA_MAX_BUCKETS);
	svc_reader_finish(&reader);

	if (nbuckets != ncounts)
		sla_input_fail(ERRCODE_INVALID_TEXT_REPRESENTATION, input,
					   "The buckets and counts lists must have the same length.");
	for (int i = 0; i < nbuckets; i++)
	{
		if (buckets[i] != floor(buckets[i]) || buckets[i] <= previous ||
			buckets[i] > SKETCH_MAX_INDEX)
			sla_input_fail(ERRCODE_INVALID_TEXT_REPRESENTATION, input,
						   psprintf("Buckets must be whole numbers in ascending order between %d and %d.",
									-SKETCH_MAX_INDEX, SKETCH_MAX_INDEX));
		if (counts[i] != floor(counts[i]) || counts[i] < 1 ||
			counts[i] > SLA_MAX_TEXT_COUNT)
			sla_input_fail(ERRCODE_INVALID_TEXT_REPRESENTATION, input,
						   "Counts must be whole numbers between 1 and 2^53.");
		previous = buckets[i];
		sketch_add_index(&state.sketch, (int) buckets[i], (int64) counts[i]);
	}
	return finish_input(&state, ERRCODE_INVALID_TEXT_REPRESENTATION, input);
}

/*
 * Write a summary in its text form.
 */
Datum
sla_summary_out(PG_FUNCTION_ARGS)
{
	SlaState	state;
	StringInfoData buf;
	double	   *buckets = palloc(sizeof(double) * SLA_MAX_BUCKETS);
	double	   *counts = palloc(sizeof(double) * SLA_MAX_BUCKETS);
	int			n = 0;
	int			index = -(SKETCH_MAX_INDEX + 1);
	int64		count;

	summary_argument(fcinfo, &state);
	while ((index = sketch_next_index(&state.sketch, index, 0, &count))
		   <= SKETCH_MAX_INDEX)
	{
		if ((double) count > SLA_MAX_TEXT_COUNT)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("sla_summary bucket count " INT64_FORMAT " is too large for the text form",
							count),
					 errhint("Use binary output, which keeps every count exactly.")));
		buckets[n] = index;
		counts[n] = (double) count;
		n++;
	}

	initStringInfo(&buf);
	svc_text_begin(&buf);
	svc_text_int64(&buf, "total", state.total);
	svc_text_int64(&buf, "met", state.met);
	svc_text_int128(&buf, "sum_us", state.sum);
	svc_text_int128(&buf, "min_us", state.min);
	svc_text_int128(&buf, "max_us", state.max);
	svc_text_double_list(&buf, "buckets", buckets, n);
	svc_text_double_list(&buf, "counts", counts, n);
	svc_text_end(&buf);
	PG_RETURN_CSTRING(buf.data);
}

/*
 * Read a summary from its binary form: total, met, the sum's high and low
 * halves, minimum, maximum, the number of buckets, then each bucket's
 * index (int16) and count (int64).
 */
Datum
sla_summary_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	SlaState	state;
	int64		sum_high;
	int32		nbuckets;
	int			previous = -(SKETCH_MAX_INDEX + 1);

	sla_state_init(&state);
	state.total = pq_getmsgint64(buf);
	state.met = pq_getmsgint64(buf);
	sum_high = pq_getmsgint64(buf);
	state.sum = ((int128) sum_high << 64) |
		(int128) (uint64) pq_getmsgint64(buf);
	state.min = pq_getmsgint64(buf);
	state.max = pq_getmsgint64(buf);
	nbuckets = pq_getmsgint(buf, 4);
	if (nbuckets < 0 || nbuckets > SLA_MAX_BUCKETS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid number of sla_summary buckets %d", nbuckets),
				 errdetail("Expected between 0 and %d buckets.",
						   SLA_MAX_BUCKETS)));
	for (int i = 0; i < nbuckets; i++)
	{
		int			index = (int16) pq_getmsgint(buf, 2);
		int64		count = pq_getmsgint64(buf);

		if (index <= previous || index > SKETCH_MAX_INDEX || count < 1)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid sla_summary bucket %d with count " INT64_FORMAT,
							index, count),
					 errdetail("Buckets must ascend between %d and %d and hold a count of one or more.",
							   -SKETCH_MAX_INDEX, SKETCH_MAX_INDEX)));
		previous = index;
		sketch_add_index(&state.sketch, index, count);
	}
	return finish_input(&state, ERRCODE_INVALID_BINARY_REPRESENTATION,
						NULL);
}

/*
 * Write a summary in its binary form (see sla_summary_recv).
 */
Datum
sla_summary_send(PG_FUNCTION_ARGS)
{
	SlaState	state;
	StringInfoData buf;
	int			nbuckets;
	int			index = -(SKETCH_MAX_INDEX + 1);
	int64		count;

	summary_argument(fcinfo, &state);
	sketch_encoded_size(&state.sketch, 0, &nbuckets);
	pq_begintypsend(&buf);
	pq_sendint64(&buf, state.total);
	pq_sendint64(&buf, state.met);
	pq_sendint64(&buf, (int64) (state.sum >> 64));
	pq_sendint64(&buf, (int64) (uint64) state.sum);
	pq_sendint64(&buf, state.min);
	pq_sendint64(&buf, state.max);
	pq_sendint32(&buf, nbuckets);
	while ((index = sketch_next_index(&state.sketch, index, 0, &count))
		   <= SKETCH_MAX_INDEX)
	{
		pq_sendint16(&buf, (int16) index);
		pq_sendint64(&buf, count);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}
