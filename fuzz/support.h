/*-------------------------------------------------------------------------
 *
 * support.h
 *	  Stand-ins for the few PostgreSQL services the pure cores call
 *	  (palloc and friends, elog, the time-zone database), so that the
 *	  fuzz targets can link the cores without a server.
 *
 * Memory is taken from malloc and released all at once by
 * fuzz_free_all() at the end of each input.  An ERROR report aborts the
 * process: the cores raise one only for states that cannot happen, so
 * the fuzzer is meant to see it as a fault.
 *
 *-------------------------------------------------------------------------
 */
#ifndef FUZZ_SUPPORT_H
#define FUZZ_SUPPORT_H

#include <stddef.h>
#include <stdint.h>

/* Release every block handed out since the last call. */
extern void fuzz_free_all(void);

/*
 * The synthetic time zone pg_tzset hands out: base_offset seconds east
 * of UTC before the first change, then off_after[i] from trans_at[i]
 * (Unix seconds, ascending).
 */
#define FUZZ_MAX_CHANGES 16

typedef struct FuzzZone
{
	long		base_offset;
	int			nchanges;
	int64_t		trans_at[FUZZ_MAX_CHANGES];
	long		off_after[FUZZ_MAX_CHANGES];
} FuzzZone;

extern FuzzZone fuzz_zone;

/* Reads the next little-endian value from a fuzz input, zero past its end. */
typedef struct FuzzInput
{
	const uint8_t *data;
	size_t		size;
	size_t		pos;
} FuzzInput;

extern uint64_t fuzz_take(FuzzInput *in, int bytes);

#endif							/* FUZZ_SUPPORT_H */
