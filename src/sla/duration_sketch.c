/*-------------------------------------------------------------------------
 *
 * duration_sketch.c
 *	  The log-bucketed duration sketch behind response-time percentiles:
 *	  bucketing, merging and its inverse for moving window frames, the
 *	  window a stored summary keeps, rank lookup and the compact binary
 *	  form.  See duration_sketch.h for the scheme.
 *
 * Window.  A stored summary keeps the SKETCH_WINDOW + 1 buckets of each
 * sign at and below M, the largest key in use; smaller magnitudes are
 * counted in bucket M - SKETCH_WINDOW (the floor key).  The floor depends
 * only on M, which merging can only raise, so windowing before or after a
 * merge gives the same buckets and rollups equal direct aggregation.
 *
 * Binary form.  The buckets in use, in ascending index order, each as two
 * unsigned LEB128 varints: the step from the previous index (the first
 * from -(SKETCH_MAX_INDEX + 1)) and the count.  A bucket costs one byte
 * for its step, two when the step is 128 or more, and 1 to 9 for its
 * count.
 *
 *-------------------------------------------------------------------------
 */
#include "duration_sketch.h"

#include <math.h>

/* Slack added to a store when it grows, so growth is rare. */
#define STORE_GROWTH 64

/* Index before the first possible bucket, where encoding starts. */
#define SKETCH_START_INDEX (-(SKETCH_MAX_INDEX + 1))

/*
 * Bucket lookup tables, built once per process.  bucket_bound[k] is
 * gamma^k, the upper bound of bucket k.  first_key[64 e + m] is the bucket
 * of the smallest magnitude whose binary exponent is e and whose top six
 * mantissa bits are m: such a band spans a factor of at most 1 + 1/64,
 * less than gamma, so a magnitude in it falls in that bucket or the next,
 * and one comparison decides.  This replaces a logarithm per duration.
 */
static double bucket_bound[SKETCH_MAX_KEY + 1];
static int16 first_key[64 * 64];
static bool tables_built = false;

/*
 * Return gamma = (1 + alpha) / (1 - alpha).
 */
static double
sketch_gamma(void)
{
	return (1.0 + SKETCH_ALPHA) / (1.0 - SKETCH_ALPHA);
}

/*
 * Fill the bucket lookup tables.
 */
static void
build_tables(void)
{
	double		ln_gamma = log(sketch_gamma());
	int			key = 0;

	for (int k = 0; k <= SKETCH_MAX_KEY; k++)
		bucket_bound[k] = exp(k * ln_gamma);
	for (int band = 0; band < 64 * 64; band++)
	{
		double		low = ldexp(1.0 + (band % 64) / 64.0, band / 64);

		while (key < SKETCH_MAX_KEY && bucket_bound[key] < low)
			key++;
		first_key[band] = (int16) key;
	}
	tables_built = true;
}

/*
 * Make an empty sketch.
 */
void
sketch_init(DurationSketch *sketch)
{
	memset(sketch, 0, sizeof(DurationSketch));
}

/*
 * Return the bucket key of a magnitude of at least one microsecond: the
 * smallest k with gamma^k >= magnitude.
 */
static inline int
key_of_magnitude(double magnitude)
{
	uint64		bits;
	int			exponent;
	int			mantissa_top;
	int			key;

	if (unlikely(!tables_built))
		build_tables();
	memcpy(&bits, &magnitude, sizeof(bits));
	exponent = (int) (bits >> 52) - 1023;
	mantissa_top = (int) ((bits >> 46) & 63);
	key = first_key[(exponent << 6) | mantissa_top];
	return key + (magnitude > bucket_bound[key] ? 1 : 0);
}

/*
 * Return the signed bucket index of a duration in microseconds (see
 * duration_sketch.h), so that a summary's minimum and maximum can be
 * checked against the buckets it holds.
 */
int
sketch_duration_index(int64 usec)
{
	if (usec > 0)
		return key_of_magnitude((double) usec) + 1;
	if (usec < 0)
		return -(key_of_magnitude(-(double) usec) + 1);
	return 0;
}

/*
 * Return a signed bucket index as the window with the given floor key
 * sees it: a key below the floor is counted in the floor key.
 */
int
sketch_window_index(int index, int floor_key)
{
	if (index > 0)
		return Max(index - 1, floor_key) + 1;
	if (index < 0)
		return -(Max(-index - 1, floor_key) + 1);
	return 0;
}

/*
 * Return the representative duration of a bucket, in microseconds: the
 * value within SKETCH_ALPHA, relatively, of every duration in the bucket.
 */
double
sketch_index_value(int index)
{
	double		magnitude;

	if (index == 0)
		return 0.0;
	if (unlikely(!tables_built))
		build_tables();
	magnitude = 2.0 * bucket_bound[abs(index) - 1] / (1.0 + sketch_gamma());
	return index > 0 ? magnitude : -magnitude;
}

/*
 * Return the count of one key in a store, zero outside its range.
 */
static int64
store_count(const SketchStore *store, int key)
{
	if (store->counts == NULL || key < store->lo ||
		key >= store->lo + store->size)
		return 0;
	return store->counts[key - store->lo];
}

/*
 * Widen a store so that it covers a key.
 */
static void
store_cover(SketchStore *store, int key)
{
	int			lo;
	int			hi;
	int64	   *counts;

	if (store->counts == NULL)
	{
		lo = Max(key - STORE_GROWTH, 0);
		hi = Min(key + STORE_GROWTH, SKETCH_MAX_KEY);
	}
	else
	{
		lo = Min(store->lo, Max(key - STORE_GROWTH, 0));
		hi = Max(store->lo + store->size - 1,
				 Min(key + STORE_GROWTH, SKETCH_MAX_KEY));
	}
	counts = palloc0(sizeof(int64) * (hi - lo + 1));
	if (store->counts != NULL)
	{
		memcpy(counts + (store->lo - lo), store->counts,
			   sizeof(int64) * store->size);
		pfree(store->counts);
	}
	store->counts = counts;
	store->lo = lo;
	store->size = hi - lo + 1;
}

/*
 * Add a count to one key of a store.
 */
static inline void
store_add(SketchStore *store, int key, int64 count)
{
	if (unlikely(store->counts == NULL || key < store->lo ||
				 key >= store->lo + store->size))
		store_cover(store, key);
	store->counts[key - store->lo] += count;
}

/*
 * Add a count to the bucket with a signed index.  The caller keeps the
 * sketch's total within int64, so no bucket can overflow.
 */
void
sketch_add_index(DurationSketch *sketch, int index, int64 count)
{
	if (index > 0)
		store_add(&sketch->positive, index - 1, count);
	else if (index < 0)
		store_add(&sketch->negative, -index - 1, count);
	else
		sketch->zero += count;
}

/*
 * Count one duration in microseconds: the per-row step of an aggregate.
 */
void
sketch_add_duration(DurationSketch *sketch, int64 usec)
{
	if (usec > 0)
		store_add(&sketch->positive, key_of_magnitude((double) usec), 1);
	else if (usec < 0)
		store_add(&sketch->negative, key_of_magnitude(-(double) usec), 1);
	else
		sketch->zero++;
}

/*
 * Add every bucket of one sketch to another.
 */
void
sketch_merge(DurationSketch *into, const DurationSketch *from)
{
	const SketchStore *stores[2] = {&from->positive, &from->negative};
	SketchStore *targets[2] = {&into->positive, &into->negative};

	into->zero += from->zero;
	for (int s = 0; s < 2; s++)
	{
		for (int i = 0; i < stores[s]->size; i++)
		{
			if (stores[s]->counts[i] != 0)
				store_add(targets[s], stores[s]->lo + i, stores[s]->counts[i]);
		}
	}
}

/*
 * Take one duration in microseconds out of its bucket, the inverse of
 * sketch_add_duration for moving window frames; return false, changing
 * nothing, when that bucket is empty.
 */
bool
sketch_remove_duration(DurationSketch *sketch, int64 usec)
{
	int			index = sketch_duration_index(usec);
	SketchStore *store;
	int			key;

	if (index == 0)
	{
		if (sketch->zero < 1)
			return false;
		sketch->zero--;
		return true;
	}
	store = index > 0 ? &sketch->positive : &sketch->negative;
	key = abs(index) - 1;
	if (store_count(store, key) < 1)
		return false;
	store->counts[key - store->lo]--;
	return true;
}

/*
 * Take every bucket of "part" out of "sketch", the inverse of
 * sketch_merge; return false, changing nothing, when some bucket of
 * "sketch" holds less than the same bucket of "part".
 */
bool
sketch_subtract(DurationSketch *sketch, const DurationSketch *part)
{
	const SketchStore *stores[2] = {&part->positive, &part->negative};
	SketchStore *targets[2] = {&sketch->positive, &sketch->negative};

	if (sketch->zero < part->zero)
		return false;
	for (int s = 0; s < 2; s++)
	{
		for (int i = 0; i < stores[s]->size; i++)
		{
			if (store_count(targets[s], stores[s]->lo + i) <
				stores[s]->counts[i])
				return false;
		}
	}
	sketch->zero -= part->zero;
	for (int s = 0; s < 2; s++)
	{
		for (int i = 0; i < stores[s]->size; i++)
		{
			if (stores[s]->counts[i] != 0)
				targets[s]->counts[stores[s]->lo + i - targets[s]->lo] -=
					stores[s]->counts[i];
		}
	}
	return true;
}

/*
 * Return the largest key in use in a store, or -1 when it is empty.
 */
static int
store_top_key(const SketchStore *store)
{
	for (int i = store->size - 1; i >= 0; i--)
	{
		if (store->counts[i] != 0)
			return store->lo + i;
	}
	return -1;
}

/*
 * Return the floor key of the window a stored summary keeps (see the file
 * header); zero when every key in use fits.
 */
int
sketch_window_floor(const DurationSketch *sketch)
{
	int			top = Max(store_top_key(&sketch->positive),
						  store_top_key(&sketch->negative));

	return Max(top - SKETCH_WINDOW, 0);
}

/*
 * Return the count of one key of a store as the window sees it: keys
 * below the floor count in the floor key.
 */
static int64
store_windowed_count(const SketchStore *store, int key, int floor_key)
{
	int64		count = 0;

	if (key < floor_key)
		return 0;
	if (key > floor_key)
		return store_count(store, key);
	for (int k = Min(floor_key, store->lo + store->size - 1);
		 k >= store->lo; k--)
		count += store->counts[k - store->lo];
	return count;
}

/*
 * Set the range of keys of a store that can hold counts as the window with
 * the given floor key sees them, so that a scan skips the rest: from the
 * floor key or the lowest key covered, whichever is higher, to the highest
 * key covered, or to the floor key when every key covered folds into it.
 * An empty store gives a range with first > last.
 */
static void
store_window_span(const SketchStore *store, int floor_key, int *first,
				  int *last)
{
	*first = Max(store->lo, floor_key);
	if (store->counts == NULL)
		*last = *first - 1;
	else
		*last = Max(store->lo + store->size - 1, floor_key);
}

/*
 * Return the first bucket in use after index "after", in ascending order,
 * seen through the window with the given floor key, and set its count;
 * SKETCH_MAX_INDEX + 1 when there is none.  Only the keys each store
 * covers are visited: negative indexes from the largest magnitude down,
 * then zero, then positive indexes.
 */
int
sketch_next_index(const DurationSketch *sketch, int after, int floor_key,
				  int64 *count)
{
	int			first;
	int			last;
	int			index;

	store_window_span(&sketch->negative, floor_key, &first, &last);
	for (index = Max(after + 1, -(last + 1)); index < -first; index++)
	{
		*count = store_windowed_count(&sketch->negative, -index - 1,
									  floor_key);
		if (*count != 0)
			return index;
	}
	index = Max(index, after + 1);
	if (index <= 0 && sketch->zero != 0)
	{
		*count = sketch->zero;
		return 0;
	}
	store_window_span(&sketch->positive, floor_key, &first, &last);
	for (index = Max(index, first + 1); index <= last + 1; index++)
	{
		*count = store_windowed_count(&sketch->positive, index - 1,
									  floor_key);
		if (*count != 0)
			return index;
	}
	*count = 0;
	return SKETCH_MAX_INDEX + 1;
}

/*
 * Return the index of the bucket that holds the duration of a given rank
 * (1 = smallest), seen through the window; the rank must be at most the
 * number of durations in the sketch.
 */
int
sketch_rank_index(const DurationSketch *sketch, int64 rank, int floor_key)
{
	int64		seen = 0;
	int64		count;
	int			index = SKETCH_START_INDEX;

	for (;;)
	{
		index = sketch_next_index(sketch, index, floor_key, &count);
		if (index > SKETCH_MAX_INDEX)
			elog(ERROR, "duration sketch holds fewer than " INT64_FORMAT
				 " durations", rank);
		seen += count;
		if (seen >= rank)
			return index;
	}
}

/*
 * Return the number of bytes of an unsigned value as a LEB128 varint.
 */
static int
varint_size(uint64 value)
{
	int			size = 1;

	while (value >= 0x80)
	{
		value >>= 7;
		size++;
	}
	return size;
}

/*
 * Write an unsigned LEB128 varint; return the position after it.
 */
static uint8 *
varint_write(uint8 *out, uint64 value)
{
	while (value >= 0x80)
	{
		*out++ = (uint8) (value | 0x80);
		value >>= 7;
	}
	*out++ = (uint8) value;
	return out;
}

/*
 * Read an unsigned LEB128 varint of at most 63 bits; return false when the
 * input ends first or the value is too large.
 */
static bool
varint_read(const uint8 **in, const uint8 *end, uint64 *value)
{
	uint64		result = 0;

	for (int shift = 0; shift < 63; shift += 7)
	{
		uint8		byte;

		if (*in >= end)
			return false;
		byte = *(*in)++;
		result |= (uint64) (byte & 0x7F) << shift;
		if ((byte & 0x80) == 0)
		{
			*value = result;
			return result <= (uint64) PG_INT64_MAX;
		}
	}
	return false;
}

/*
 * Return the size of the binary form seen through the window, and set the
 * number of buckets it holds.
 */
int
sketch_encoded_size(const DurationSketch *sketch, int floor_key,
					int *nbuckets)
{
	int			size = 0;
	int			previous = SKETCH_START_INDEX;
	int			index;
	int64		count;

	*nbuckets = 0;
	while ((index = sketch_next_index(sketch, previous, floor_key, &count))
		   <= SKETCH_MAX_INDEX)
	{
		size += varint_size(index - previous) + varint_size(count);
		(*nbuckets)++;
		previous = index;
	}
	return size;
}

/*
 * Write the binary form seen through the window; "out" must hold the
 * size sketch_encoded_size gives.
 */
void
sketch_encode(const DurationSketch *sketch, int floor_key, uint8 *out)
{
	int			previous = SKETCH_START_INDEX;
	int			index;
	int64		count;

	while ((index = sketch_next_index(sketch, previous, floor_key, &count))
		   <= SKETCH_MAX_INDEX)
	{
		out = varint_write(out, index - previous);
		out = varint_write(out, count);
		previous = index;
	}
}

/*
 * Read the binary form of nbuckets buckets into an empty sketch; return
 * NULL, or what is wrong with the input.  The caller checks that the
 * counts add up to the summary's total.
 */
const char *
sketch_decode(DurationSketch *sketch, const uint8 *in, int len, int nbuckets)
{
	const uint8 *end = in + len;
	int			previous = SKETCH_START_INDEX;

	for (int i = 0; i < nbuckets; i++)
	{
		uint64		step;
		uint64		count;

		if (!varint_read(&in, end, &step) || !varint_read(&in, end, &count))
			return "The bucket list is cut short or holds an oversized number.";
		if (step == 0 || step > (uint64) (SKETCH_MAX_INDEX - previous))
			return "The bucket indexes are not ascending within their range.";
		if (count == 0)
			return "A bucket holds a count of zero.";
		previous += (int) step;
		sketch_add_index(sketch, previous, (int64) count);
	}
	if (in != end)
		return "Bytes follow the last bucket.";
	return NULL;
}
