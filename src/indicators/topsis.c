/*-------------------------------------------------------------------------
 *
 * topsis.c
 *	  SQL glue for the topsis(criteria, weights, benefit [, normalisation])
 *	  window function.  On its first call in a partition it reads every
 *	  row of the partition, whatever the frame, computes all closeness
 *	  coefficients at once and keeps them in partition memory; each call
 *	  then returns the current row's.
 *
 *-------------------------------------------------------------------------
 */
#include "svcindex.h"

#include <math.h>

#include "utils/builtins.h"
#include "utils/memutils.h"
#include "windowapi.h"

#include "mcdm.h"
#include "mcdm_glue.h"

PG_FUNCTION_INFO_V1(svc_topsis);

/* What the first call in a partition leaves for the others. */
typedef struct TopsisPartition
{
	bool		computed;
	int64		rows;
	double	   *closeness;		/* one per row of the partition */
	bool	   *is_null;		/* NULL criteria, or closeness 0/0 */
} TopsisPartition;

/* The settings every row of a partition must share. */
typedef struct TopsisSettings
{
	int			ncriteria;
	double		weights[MCDM_MAX_CRITERIA];
	bool		benefit[MCDM_MAX_CRITERIA];
	TopsisNormalisation normalisation;
} TopsisSettings;

/*
 * Read the name of a normalisation.
 */
static TopsisNormalisation
parse_normalisation(const char *name)
{
	if (strcmp(name, "vector") == 0)
		return TOPSIS_VECTOR;
	if (strcmp(name, "minmax") == 0)
		return TOPSIS_MINMAX;
	if (strcmp(name, "none") == 0)
		return TOPSIS_NONE;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown TOPSIS normalisation \"%s\"", name),
			 errhint("Use vector, minmax or none.")));
	return TOPSIS_VECTOR;		/* keep the compiler quiet */
}

/*
 * Read one argument of a row of the partition, raising an error for a
 * NULL when the argument may not be NULL.
 */
static Datum
partition_arg(WindowObject winobj, int argno, int64 row, const char *what,
			  bool *isnull)
{
	bool		isout;
	Datum		value = WinGetFuncArgInPartition(winobj, argno, row,
												 WINDOW_SEEK_HEAD, false,
												 isnull, &isout);

	if (isout)
		elog(ERROR, "topsis row " INT64_FORMAT " is outside its partition",
			 row);
	if (*isnull && what != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s must not be NULL", what)));
	return value;
}

/*
 * Read the weights, directions and normalisation of one row.
 */
static void
read_settings(WindowObject winobj, int nargs, int64 row, int ncriteria,
			  TopsisSettings *settings)
{
	bool		isnull;

	settings->ncriteria = ncriteria;
	mcdm_unpack_values(DatumGetArrayTypeP(partition_arg(winobj, 1, row,
														"weights", &isnull)),
					   "weights", true, settings->weights, ncriteria);
	mcdm_unpack_flags(DatumGetArrayTypeP(partition_arg(winobj, 2, row,
													   "benefit", &isnull)),
					  "benefit", settings->benefit, ncriteria);
	settings->normalisation = TOPSIS_VECTOR;
	if (nargs > 3)
		settings->normalisation = parse_normalisation(
			TextDatumGetCString(partition_arg(winobj, 3, row,
											  "normalisation", &isnull)));
}

/*
 * The name of a normalisation, for messages.
 */
static const char *
normalisation_name(TopsisNormalisation normalisation)
{
	switch (normalisation)
	{
		case TOPSIS_VECTOR:
			return "vector";
		case TOPSIS_MINMAX:
			return "minmax";
		case TOPSIS_NONE:
			return "none";
	}
	return "?";					/* keep the compiler quiet */
}

/*
 * Report what differs between the settings of a partition's first row and
 * another's, if anything; weights are compared as numbers, so that 0 and
 * -0 are the same weight.
 */
static void
require_same_settings(const TopsisSettings *first,
					  const TopsisSettings *other)
{
	if (first->normalisation != other->normalisation)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("topsis normalisation differs between rows of one partition: \"%s\" and \"%s\"",
						normalisation_name(first->normalisation),
						normalisation_name(other->normalisation)),
				 errhint("Pass the same settings on every row, such as constants.")));
	for (int j = 0; j < first->ncriteria; j++)
	{
		if (first->weights[j] != other->weights[j])
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("topsis weights element %d differs between rows of one partition: %s and %s",
							j + 1, svc_format_double(first->weights[j]),
							svc_format_double(other->weights[j])),
					 errhint("Pass the same settings on every row, such as constants.")));
		if (first->benefit[j] != other->benefit[j])
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("topsis benefit element %d differs between rows of one partition: %s and %s",
							j + 1, first->benefit[j] ? "true" : "false",
							other->benefit[j] ? "true" : "false"),
					 errhint("Pass the same settings on every row, such as constants.")));
	}
}

/*
 * Read the whole partition and compute every row's closeness.  Each row's
 * arguments are read in a memory context of their own, reset row by row,
 * so that a large partition does not pile up detoasted copies.
 */
static void
compute_partition(WindowObject winobj, int nargs, TopsisPartition *partition)
{
	MemoryContext partcontext = GetMemoryChunkContext(partition);
	MemoryContext outer = CurrentMemoryContext;
	MemoryContext rowcontext = AllocSetContextCreate(outer, "topsis row",
													 ALLOCSET_DEFAULT_SIZES);
	TopsisSettings *first = palloc(sizeof(TopsisSettings));
	TopsisSettings *settings = palloc(sizeof(TopsisSettings));
	bool		have_first = false;
	int64		capacity = 64;
	int64		alternatives = 0;
	int64	   *row_of = palloc(sizeof(int64) * capacity);
	double	   *matrix = NULL;
	double	   *closeness;
	bool	   *undefined;
	int			ncriteria = 0;
	int64		rows = 0;

	for (;;)
	{
		bool		isnull;
		bool		isout;
		Datum		criteria;
		ArrayType  *array;

		MemoryContextReset(rowcontext);
		MemoryContextSwitchTo(rowcontext);
		criteria = WinGetFuncArgInPartition(winobj, 0, rows,
											WINDOW_SEEK_HEAD, false,
											&isnull, &isout);
		if (isout)
			break;
		rows++;
		if (isnull)
			continue;

		/*
		 * Copy the criteria out of the window's slot before reading the
		 * other arguments of the row, which fetches the row again.
		 */
		array = DatumGetArrayTypePCopy(criteria);

		/* The first row with criteria sets the width and the settings. */
		if (!have_first)
		{
			ncriteria = mcdm_criteria_count(array, "criteria");
			read_settings(winobj, nargs, rows - 1, ncriteria, first);
			have_first = true;
			matrix = MemoryContextAlloc(outer,
										sizeof(double) * capacity * ncriteria);
		}
		else
		{
			read_settings(winobj, nargs, rows - 1, ncriteria, settings);
			require_same_settings(first, settings);
		}

		if (alternatives == capacity)
		{
			capacity *= 2;
			row_of = repalloc_huge(row_of, sizeof(int64) * capacity);
			matrix = repalloc_huge(matrix,
								   sizeof(double) * capacity * ncriteria);
		}
		mcdm_unpack_values(array, "criteria", false,
						   &matrix[alternatives * ncriteria], ncriteria);
		row_of[alternatives++] = rows - 1;
	}
	MemoryContextSwitchTo(outer);
	MemoryContextDelete(rowcontext);

	/* Rows without criteria stay NULL. */
	partition->rows = rows;
	partition->closeness =
		MemoryContextAllocZero(partcontext, sizeof(double) * Max(rows, 1));
	partition->is_null = MemoryContextAlloc(partcontext,
											sizeof(bool) * Max(rows, 1));
	memset(partition->is_null, true, sizeof(bool) * rows);

	if (alternatives > 0)
	{
		closeness = palloc(sizeof(double) * alternatives);
		undefined = palloc(sizeof(bool) * alternatives);
		topsis_closeness(matrix, alternatives, ncriteria, first->weights,
						 first->benefit, first->normalisation, closeness,
						 undefined);
		for (int64 i = 0; i < alternatives; i++)
		{
			if (!undefined[i] && isnan(closeness[i]))
				ereport(ERROR,
						(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						 errmsg("topsis criteria are too large to compare"),
						 errhint("Use normalisation vector or minmax, or rescale the criteria.")));
			partition->closeness[row_of[i]] = closeness[i];
			partition->is_null[row_of[i]] = undefined[i];
		}
	}
	partition->computed = true;
}

/*
 * topsis(criteria, weights, benefit [, normalisation]): the closeness
 * coefficient of the current row among the rows of its partition, NULL
 * for a row whose criteria are NULL or when the ideal and the anti-ideal
 * coincide.
 */
Datum
svc_topsis(PG_FUNCTION_ARGS)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	TopsisPartition *partition;
	int64		current;

	partition = (TopsisPartition *)
		WinGetPartitionLocalMemory(winobj, sizeof(TopsisPartition));
	if (!partition->computed)
		compute_partition(winobj, PG_NARGS(), partition);

	current = WinGetCurrentPosition(winobj);
	if (current >= partition->rows || partition->is_null[current])
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(partition->closeness[current]);
}
