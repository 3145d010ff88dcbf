/*-------------------------------------------------------------------------
 *
 * support.c
 *	  Stand-ins for palloc, elog and the time-zone database, for the fuzz
 *	  targets only (see support.h).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <stdio.h>
#include <stdlib.h>

#include "pgtime.h"

#include "support.h"

FuzzZone	fuzz_zone;

/* A block handed out by palloc, linked so that all can be freed at once. */
typedef struct FuzzBlock
{
	struct FuzzBlock *prev;
	struct FuzzBlock *next;
	max_align_t align[FLEXIBLE_ARRAY_MEMBER];
} FuzzBlock;

static FuzzBlock *blocks = NULL;

/*
 * Take a zeroed block from malloc and link it in.
 */
static void *
block_alloc(Size size)
{
	FuzzBlock  *block = calloc(1, offsetof(FuzzBlock, align) + size);

	if (block == NULL)
		abort();
	block->next = blocks;
	if (blocks != NULL)
		blocks->prev = block;
	blocks = block;
	return block->align;
}

/*
 * Unlink a block and return its header.
 */
static FuzzBlock *
block_unlink(void *pointer)
{
	FuzzBlock  *block = (FuzzBlock *) ((char *) pointer -
									   offsetof(FuzzBlock, align));

	if (block->prev != NULL)
		block->prev->next = block->next;
	else
		blocks = block->next;
	if (block->next != NULL)
		block->next->prev = block->prev;
	return block;
}

/*
 * palloc stand-in.
 */
void *
palloc(Size size)
{
	return block_alloc(size);
}

/*
 * palloc0 stand-in.
 */
void *
palloc0(Size size)
{
	return block_alloc(size);
}

/*
 * pfree stand-in.
 */
void
pfree(void *pointer)
{
	free(block_unlink(pointer));
}

/*
 * repalloc stand-in: a new block with the old contents.
 */
void *
repalloc(void *pointer, Size size)
{
	FuzzBlock  *old = block_unlink(pointer);
	FuzzBlock  *block = realloc(old, offsetof(FuzzBlock, align) + size);

	if (block == NULL)
		abort();
	block->prev = NULL;
	block->next = blocks;
	if (blocks != NULL)
		blocks->prev = block;
	blocks = block;
	return block->align;
}

/*
 * Release every block.
 */
void
fuzz_free_all(void)
{
	while (blocks != NULL)
	{
		FuzzBlock  *next = blocks->next;

		free(blocks);
		blocks = next;
	}
}

/*
 * Read the next little-endian value of some bytes from a fuzz input.
 */
uint64_t
fuzz_take(FuzzInput *in, int bytes)
{
	uint64_t	value = 0;

	for (int i = 0; i < bytes; i++)
	{
		uint64_t	byte = in->pos < in->size ? in->data[in->pos++] : 0;

		value |= byte << (8 * i);
	}
	return value;
}

/* elog and ereport stand-ins: ERROR and above abort with the message. */
static int	report_level;

/*
 * errstart stand-in: remember the level; only errors are reported.
 */
bool
errstart(int elevel, const char *domain)
{
	report_level = elevel;
	return elevel >= ERROR;
}

/*
 * errstart_cold stand-in.
 */
bool
errstart_cold(int elevel, const char *domain)
{
	return errstart(elevel, domain);
}

/*
 * errmsg stand-in: print the message.
 */
int
errmsg(const char *fmt,...)
{
	va_list		args;

	va_start(args, fmt);
	vfprintf(stderr, fmt, args);
	va_end(args);
	fputc('\n', stderr);
	return 0;
}

/* errmsg_internal (what elog calls) is errmsg under another name. */
extern int	errmsg_internal(const char *fmt,...) __attribute__((alias("errmsg")));

/*
 * errdetail stand-in: the message is enough.
 */
int
errdetail(const char *fmt,...)
{
	return 0;
}

/*
 * errcode stand-in.
 */
int
errcode(int sqlerrcode)
{
	return 0;
}

/*
 * errfinish stand-in: say where, and abort on an error.
 */
void
errfinish(const char *filename, int lineno, const char *funcname)
{
	fprintf(stderr, "ERROR raised at %s:%d in %s\n", filename, lineno,
			funcname);
	if (report_level >= ERROR)
		abort();
}

#if !HAVE_DECL_STRLCPY
/*
 * strlcpy, which PostgreSQL's port library supplies on this platform.
 */
size_t
strlcpy(char *dst, const char *src, size_t siz)
{
	size_t		len = strlen(src);

	if (siz > 0)
	{
		size_t		n = Min(len, siz - 1);

		memcpy(dst, src, n);
		dst[n] = '\0';
	}
	return len;
}
#endif

/*
 * pg_tzset stand-in: every name gives the synthetic zone.
 */
pg_tz *
pg_tzset(const char *tzname)
{
	return (pg_tz *) &fuzz_zone;
}

/*
 * pg_get_timezone_name stand-in.
 */
const char *
pg_get_timezone_name(pg_tz *tz)
{
	return "fuzz";
}

/*
 * pg_next_dst_boundary stand-in over the synthetic zone: the first change
 * after *timep, with the offsets either side, as PostgreSQL reports them.
 */
int
pg_next_dst_boundary(const pg_time_t *timep, long int *before_gmtoff,
					 int *before_isdst, pg_time_t *boundary,
					 long int *after_gmtoff, int *after_isdst,
					 const pg_tz *tz)
{
	const FuzzZone *zone = (const FuzzZone *) tz;
	int			i = 0;

	while (i < zone->nchanges && zone->trans_at[i] <= *timep)
		i++;
	*before_gmtoff = i == 0 ? zone->base_offset : zone->off_after[i - 1];
	*before_isdst = 0;
	if (i == zone->nchanges)
		return 0;
	*boundary = zone->trans_at[i];
	*after_gmtoff = zone->off_after[i];
	*after_isdst = 0;
	return 1;
}

/* PostgreSQL's port names for the C library's printing and sorting. */
#undef vfprintf
#undef fprintf
#undef qsort

/*
 * pg_vfprintf stand-in.
 */
int
pg_vfprintf(FILE *stream, const char *fmt, va_list args)
{
	return vfprintf(stream, fmt, args);
}

/*
 * pg_fprintf stand-in.
 */
int
pg_fprintf(FILE *stream, const char *fmt,...)
{
	va_list		args;
	int			result;

	va_start(args, fmt);
	result = vfprintf(stream, fmt, args);
	va_end(args);
	return result;
}

/*
 * pg_qsort stand-in.
 */
void
pg_qsort(void *base, size_t nel, size_t elsize,
		 int (*cmp) (const void *, const void *))
{
	qsort(base, nel, elsize, cmp);
}
