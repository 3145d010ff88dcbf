/*-------------------------------------------------------------------------
 *
 * fuzz_sketch.c
 *	  Fuzz target for the duration sketch (src/sla/duration_sketch.c).
 *
 * The first byte chooses the test.  Decoding: the rest is a bucket count
 * and arbitrary bytes, which the decoder must read without going out of
 * bounds; what it accepts must encode and decode again to the same
 * buckets (an over-long varint is read, but written in its short form).  Otherwise
 * the rest is a list of durations split in two parts A and B, and:
 * merge(sketch(A), sketch(B)) holds the same buckets as sketch(A u B);
 * decode(encode(s)) sees the same buckets as s through its window; and
 * every rank's quantile is within the relative error SKETCH_ALPHA of the
 * exact quantile of the durations fed in.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>
#include <stdlib.h>

#include "duration_sketch.h"
#include "support.h"

#define MAX_DURATIONS 512

/*
 * Order durations ascending, for qsort.
 */
static int
compare_int64(const void *a, const void *b)
{
	int64		x = *(const int64 *) a;
	int64		y = *(const int64 *) b;

	return (x > y) - (x < y);
}

/*
 * Abort unless two sketches hold the same counts through two windows.
 */
static void
check_same_buckets(const DurationSketch *a, int floor_a,
				   const DurationSketch *b, int floor_b)
{
	int			ia = -(SKETCH_MAX_INDEX + 1);
	int			ib = ia;

	for (;;)
	{
		int64		ca;
		int64		cb;

		ia = sketch_next_index(a, ia, floor_a, &ca);
		ib = sketch_next_index(b, ib, floor_b, &cb);
		if (ia != ib || ca != cb)
			abort();
		if (ia > SKETCH_MAX_INDEX)
			return;
	}
}

/*
 * Decode arbitrary bytes; what is accepted must survive a round trip.
 */
static void
fuzz_decode(FuzzInput *in)
{
	int			nbuckets = (int) fuzz_take(in, 2) % 4000;
	int			len = (int) (in->size - in->pos);
	uint8	   *copy = malloc(Max(len, 1));
	DurationSketch sketch;
	const char *problem;

	/* an exact-size copy, so that ASan sees any read past the end */
	memcpy(copy, in->data + in->pos, len);
	sketch_init(&sketch);
	problem = sketch_decode(&sketch, copy, len, nbuckets);
	if (problem == NULL)
	{
		int			n;
		int			size = sketch_encoded_size(&sketch, 0, &n);
		uint8	   *out = malloc(Max(size, 1));
		DurationSketch again;

		if (n != nbuckets || size > len)
			abort();
		sketch_encode(&sketch, 0, out);
		sketch_init(&again);
		if (sketch_decode(&again, out, size, n) != NULL)
			abort();
		check_same_buckets(&again, 0, &sketch, 0);
		free(out);
	}
	free(copy);
}

/*
 * Read one duration: small, middling or any int64, by a selector byte.
 */
static int64
take_duration(FuzzInput *in)
{
	uint8		kind = (uint8) fuzz_take(in, 1);
	int64		value;

	switch (kind % 4)
	{
		case 0:
			value = (int8) fuzz_take(in, 1);
			break;
		case 1:
			value = (int32) fuzz_take(in, 4);
			break;
		case 2:
			value = (int64) fuzz_take(in, 8);
			break;
		default:
			/* a power of two, or next to one, of either sign */
			value = (int64) (UINT64_C(1) << (fuzz_take(in, 1) % 63));
			value += (int64) (kind >> 6) - 1;
			if (kind & 4)
				value = -value;
			break;
	}
	return value;
}

/*
 * Check a quantile against the exact one: within SKETCH_ALPHA relatively,
 * allowing for the rounding of the representative value.
 */
static void
check_quantile(const DurationSketch *sketch, const int64 *sorted, int n,
			   int64 rank)
{
	int			index = sketch_rank_index(sketch, rank, 0);
	double		estimate = sketch_index_value(index);
	double		exact = (double) sorted[rank - 1];

	if (fabs(estimate - exact) > SKETCH_ALPHA * fabs(exact) * (1 + 1e-12))
		abort();
}

/*
 * Fuzz the sketch's arithmetic over a list of durations.
 */
static void
fuzz_durations(FuzzInput *in)
{
	int64		values[MAX_DURATIONS];
	int			n = 0;
	int			split = (int) fuzz_take(in, 1);
	DurationSketch a;
	DurationSketch b;
	DurationSketch all;
	DurationSketch merged;
	DurationSketch decoded;
	int			floor_key;
	int			nbuckets;
	int			size;
	uint8	   *encoded;
	const char *problem;

	sketch_init(&a);
	sketch_init(&b);
	sketch_init(&all);
	while (in->pos < in->size && n < MAX_DURATIONS)
	{
		values[n] = take_duration(in);
		sketch_add_duration(n < split ? &a : &b, values[n]);
		sketch_add_duration(&all, values[n]);
		n++;
	}
	if (n == 0)
		return;

	/* merge(A, B) = sketch of A u B, merging into an empty one or not */
	sketch_init(&merged);
	sketch_merge(&merged, &a);
	sketch_merge(&merged, &b);
	check_same_buckets(&merged, 0, &all, 0);
	sketch_merge(&b, &a);
	check_same_buckets(&b, 0, &all, 0);

	/* decode(encode(s)) = s through the window */
	floor_key = sketch_window_floor(&all);
	size = sketch_encoded_size(&all, floor_key, &nbuckets);
	encoded = malloc(Max(size, 1));
	sketch_encode(&all, floor_key, encoded);
	sketch_init(&decoded);
	problem = sketch_decode(&decoded, encoded, size, nbuckets);
	if (problem != NULL)
		abort();
	if (sketch_window_floor(&decoded) != floor_key)
		abort();
	check_same_buckets(&decoded, 0, &all, floor_key);
	free(encoded);

	/* quantiles within the relative error bound, for the exact sketch */
	qsort(values, n, sizeof(int64), compare_int64);
	for (int64 rank = 1; rank <= n; rank++)
		check_quantile(&all, values, n, rank);
}

/*
 * libFuzzer entry point.
 */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FuzzInput	in = {data, size, 0};

	if (size == 0)
		return 0;
	if (fuzz_take(&in, 1) & 1)
		fuzz_decode(&in);
	else
		fuzz_durations(&in);
	fuzz_free_all();
	return 0;
}
