/*-------------------------------------------------------------------------
 *
 * calendar_io.c
 *	  SQL glue of type business_calendar: text and binary input and
 *	  output, and the cast from jsonb.
 *
 *-------------------------------------------------------------------------
 */
#include "svcindex.h"
#include "calendar.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

#define CAL_BINARY_VERSION 1

PG_FUNCTION_INFO_V1(business_calendar_in);
PG_FUNCTION_INFO_V1(business_calendar_out);
PG_FUNCTION_INFO_V1(business_calendar_recv);
PG_FUNCTION_INFO_V1(business_calendar_send);
PG_FUNCTION_INFO_V1(business_calendar_from_jsonb);

/*
 * Read a calendar from its text, which is the calendar document as JSON.
 */
static BusinessCalendar *
calendar_from_cstring(char *text)
{
	Datum		doc = DirectFunctionCall1(jsonb_in, CStringGetDatum(text));

	return cal_from_jsonb(&DatumGetJsonbP(doc)->root);
}

/*
 * Text input: the calendar document.
 */
Datum
business_calendar_in(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(calendar_from_cstring(PG_GETARG_CSTRING(0)));
}

/*
 * Text output: the canonical calendar document.
 */
Datum
business_calendar_out(PG_FUNCTION_ARGS)
{
	BusinessCalendar *cal = (BusinessCalendar *) PG_GETARG_VARLENA_P(0);

	PG_RETURN_CSTRING(cal_to_text(cal));
}

/*
 * Binary input: a version byte, then the canonical document, read and
 * checked as text input is.
 */
Datum
business_calendar_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version = pq_getmsgint(buf, 1);
	char	   *text;
	int			nbytes;

	if (version != CAL_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported business_calendar binary version %d",
						version),
				 errdetail("Expected version %d.", CAL_BINARY_VERSION)));
	text = pq_getmsgtext(buf, buf->len - buf->cursor, &nbytes);
	PG_RETURN_POINTER(calendar_from_cstring(text));
}

/*
 * Binary output: a version byte, then the canonical document.
 */
Datum
business_calendar_send(PG_FUNCTION_ARGS)
{
	BusinessCalendar *cal = (BusinessCalendar *) PG_GETARG_VARLENA_P(0);
	char	   *text = cal_to_text(cal);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint8(&buf, CAL_BINARY_VERSION);
	pq_sendtext(&buf, text, strlen(text));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * The cast from jsonb.
 */
Datum
business_calendar_from_jsonb(PG_FUNCTION_ARGS)
{
	Jsonb	   *doc = PG_GETARG_JSONB_P(0);

	PG_RETURN_POINTER(cal_from_jsonb(&doc->root));
}
