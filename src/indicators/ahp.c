/*-------------------------------------------------------------------------
 *
 * ahp.c
 *	  SQL glue for AHP: checking a pairwise comparison matrix, its weights
 *	  by the chosen method, its principal eigenvalue, and the random index
 *	  tables.  ahp_weights() in ahp.sql puts these together with the
 *	  consistency index and ratio.
 *
 *-------------------------------------------------------------------------
 */
#include "svcindex.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "mcdm.h"
#include "mcdm_glue.h"

PG_FUNCTION_INFO_V1(svc_ahp_priority_vector);
PG_FUNCTION_INFO_V1(svc_ahp_lambda_max);
PG_FUNCTION_INFO_V1(svc_ahp_random_index);

/*
 * Look up RI(n), raising the conventional errors for an unknown table or
 * an order the table does not list.
 */
static double
random_index_or_error(const char *table, int n)
{
	double		index;
	bool		known_table;

	if (ahp_random_index(table, n, &index, &known_table))
		return index;
	if (!known_table)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown random index table \"%s\"", table),
				 errhint("Use one of %s.", ahp_random_index_tables())));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("random index table \"%s\" has no value for order %d",
					table, n),
			 errhint("The Saaty and Tummala-Ling tables cover orders 1 to 15; donegan_dodd covers 1 to 100.")));
	return 0;					/* keep the compiler quiet */
}

/*
 * Unpack a square float8[][] into a row-major C array, checking that it
 * is square, has no NULLs, and is positive and reciprocal within the
 * tolerance (|a_ij * a_ji - 1| <= tolerance, |a_ii - 1| <= tolerance).
 */
static double *
unpack_pairwise_matrix(ArrayType *array, double tolerance, int *order)
{
	int			ndim = ARR_NDIM(array);
	int		   *dims = ARR_DIMS(array);
	Datum	   *elems;
	bool	   *nulls;
	int			nelems;
	int			n;
	double	   *matrix;

	if (ndim != 2 || dims[0] != dims[1])
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("pairwise comparison matrix must be square, got %s",
						ndim == 2 ? psprintf("%d x %d", dims[0], dims[1]) :
						psprintf("%d dimension%s", ndim, ndim == 1 ? "" : "s")),
				 errhint("Write the matrix as a two-dimensional array, such as ARRAY[[1, 3], [1.0/3, 1]].")));
	n = dims[0];
	if (n > AHP_MAX_ORDER)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("pairwise comparison matrix of order %d is too large",
						n),
				 errdetail("The largest order accepted is %d.",
						   AHP_MAX_ORDER)));

	deconstruct_array(array, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL,
					  TYPALIGN_DOUBLE, &elems, &nulls, &nelems);
	matrix = palloc(sizeof(double) * n * n);
	for (int i = 0; i < n * n; i++)
	{
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("pairwise comparison matrix has a NULL at row %d, column %d",
							i / n + 1, i % n + 1)));
		matrix[i] = DatumGetFloat8(elems[i]);
		if (!isfinite(matrix[i]) || matrix[i] <= 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("pairwise comparison %s at row %d, column %d is not a positive finite number",
							svc_format_double(matrix[i]), i / n + 1,
							i % n + 1),
					 errdetail("Each entry says how many times more important the row's element is than the column's.")));
	}

	for (int i = 0; i < n; i++)
	{
		if (fabs(matrix[i * n + i] - 1) > tolerance)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("pairwise comparison matrix has %s on the diagonal at row %d, expected 1",
							svc_format_double(matrix[i * n + i]), i + 1)));
		for (int j = i + 1; j < n; j++)
		{
			double		a = matrix[i * n + j];
			double		b = matrix[j * n + i];

			if (fabs(a * b - 1) > tolerance)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("pairwise comparison matrix is not reciprocal: entry (%d,%d) is %s and entry (%d,%d) is %s",
								i + 1, j + 1, svc_format_double(a),
								j + 1, i + 1, svc_format_double(b)),
						 errdetail("Their product is %s; a reciprocal matrix has products of 1, within the tolerance %s.",
								   svc_format_double(a * b),
								   svc_format_double(tolerance)),
						 errhint("Write a_ji = 1 / a_ij, such as 1.0/3 for the inverse of 3.")));
		}
	}
	*order = n;
	return matrix;
}

/*
 * Check a tolerance for reciprocity: at least 0 and less than 1.
 */
static void
require_tolerance(double tolerance)
{
	svc_require_finite(tolerance, "tolerance");
	if (tolerance < 0 || tolerance >= 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("tolerance %s is out of range",
						svc_format_double(tolerance)),
				 errdetail("Expected a value of at least 0 and less than 1.")));
}

/*
 * The principal eigenvector of a checked matrix, or an error when the
 * entries are too far apart to compute it in double precision.
 */
static double *
principal_eigenvector_or_error(const double *matrix, int n)
{
	double	   *weights = palloc(sizeof(double) * n);

	if (!ahp_principal_eigenvector(matrix, n, weights))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("principal eigenvector of the pairwise comparison matrix cannot be computed"),
				 errdetail("The entries are too far apart for double precision.")));
	return weights;
}

/*
 * ahp_priority_vector(matrix, method, tolerance): the weights of a
 * pairwise comparison matrix, summing to 1, by the principal eigenvector
 * or by the normalised row geometric means.
 */
Datum
svc_ahp_priority_vector(PG_FUNCTION_ARGS)
{
	ArrayType  *array = PG_GETARG_ARRAYTYPE_P(0);
	char	   *method = text_to_cstring(PG_GETARG_TEXT_PP(1));
	double		tolerance = PG_GETARG_FLOAT8(2);
	double	   *matrix;
	double	   *weights;
	int			n;

	require_tolerance(tolerance);
	if (strcmp(method, "eigenvector") != 0 &&
		strcmp(method, "geometric_mean") != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown AHP method \"%s\"", method),
				 errhint("Use eigenvector or geometric_mean.")));

	matrix = unpack_pairwise_matrix(array, tolerance, &n);
	if (strcmp(method, "eigenvector") == 0)
		weights = principal_eigenvector_or_error(matrix, n);
	else
	{
		weights = palloc(sizeof(double) * n);
		ahp_geometric_mean_weights(matrix, n, weights);
	}

	PG_RETURN_ARRAYTYPE_P(mcdm_weights_array(weights, n));
}

/*
 * ahp_lambda_max(matrix, tolerance): the principal eigenvalue of a
 * pairwise comparison matrix, mean_i (A w)_i / w_i at the principal
 * eigenvector w.  It is n exactly when the judgements are consistent.
 */
Datum
svc_ahp_lambda_max(PG_FUNCTION_ARGS)
{
	ArrayType  *array = PG_GETARG_ARRAYTYPE_P(0);
	double		tolerance = PG_GETARG_FLOAT8(1);
	double	   *matrix;
	int			n;

	require_tolerance(tolerance);
	matrix = unpack_pairwise_matrix(array, tolerance, &n);
	PG_RETURN_FLOAT8(ahp_lambda_max(matrix, n,
									principal_eigenvector_or_error(matrix,
																   n)));
}

/*
 * ahp_random_index(n, ri_table): RI(n) from the named table.
 */
Datum
svc_ahp_random_index(PG_FUNCTION_ARGS)
{
	int32		n = PG_GETARG_INT32(0);
	char	   *table = text_to_cstring(PG_GETARG_TEXT_PP(1));

	PG_RETURN_FLOAT8(random_index_or_error(table, n));
}
