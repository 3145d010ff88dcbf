/*-------------------------------------------------------------------------
 *
 * fixed_state.c
 *	  Serialising the fixed-size internal states of the word-of-mouth
 *	  aggregates for parallel workers: the bytes as they are, since the
 *	  leader and its workers run one build.
 *
 *-------------------------------------------------------------------------
 */
#include "wom.h"

/*
 * The bytea holding a state of the given size (argument 0).
 */
Datum
fixed_state_serialize(FunctionCallInfo fcinfo, Size size)
{
	bytea	   *result = palloc(VARHDRSZ + size);

	svc_aggregate_context(fcinfo, "state serialisation");
	SET_VARSIZE(result, VARHDRSZ + size);
	memcpy(VARDATA(result), PG_GETARG_POINTER(0), size);
	PG_RETURN_BYTEA_P(result);
}

/*
 * A state of the given size read back from its bytea (argument 0).
 */
Datum
fixed_state_deserialize(FunctionCallInfo fcinfo, Size size)
{
	bytea	   *data;
	void	   *result;

	svc_aggregate_context(fcinfo, "state deserialisation");
	data = PG_GETARG_BYTEA_PP(0);
	if (VARSIZE_ANY_EXHDR(data) != size)
		elog(ERROR, "serialised state has %zu bytes, expected %zu",
			 (size_t) VARSIZE_ANY_EXHDR(data), (size_t) size);
	result = palloc(size);
	memcpy(result, VARDATA_ANY(data), size);
	PG_RETURN_POINTER(result);
}
