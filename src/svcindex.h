/*-------------------------------------------------------------------------
 *
 * svcindex.h
 *	  Declarations shared by every capability of svcindex: the error
 *	  conventions and the text form of summary types.
 *
 * Error conventions.  A user mistake is reported with ereport() and a
 * specific SQLSTATE; the message is lowercase, has no final period and
 * names the offending value and what was expected; errdetail and errhint
 * are full sentences.  elog() is kept for states that cannot happen.
 * Codes used across the extension:
 *
 *	22003 numeric_value_out_of_range	a data value outside its scale or
 *										a count that would overflow
 *	22023 invalid_parameter_value		a bad parameter (level, threshold,
 *										calendar, matrix) or a non-finite
 *										value where a finite one is needed
 *	22P02 invalid_text_representation	unreadable text form of a type
 *	22008 datetime_field_overflow		a date or deadline outside the
 *										supported range of years
 *	0A000 feature_not_supported			support functions called directly
 *
 * Summary text form.  Every summary type reads and writes the same shape,
 * a parenthesised list of named fields:
 *
 *		(promoters=501,passives=317,detractors=71)
 *
 * where a value is a number, or a list of numbers in square brackets.
 * Numbers are written in the shortest form that reads back exactly.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SVCINDEX_H
#define SVCINDEX_H

#include "postgres.h"

#include "fmgr.h"
#include "lib/stringinfo.h"

/* Validation helpers that raise the conventional errors. */
extern char *svc_format_double(double value);
extern void svc_require_finite(double value, const char *what);
extern void svc_require_between(double value, double low, double high,
								const char *what);
extern void svc_require_nonnegative(double value, const char *what);
extern void svc_require_open_fraction(double value, const char *what);
extern int64 svc_add_counts(int64 a, int64 b, const char *what);

/* The memory context of the calling aggregate, or an error if there is none. */
extern MemoryContext svc_aggregate_context(FunctionCallInfo fcinfo,
										   const char *fname);

/* Writing the summary text form. */
extern void svc_text_begin(StringInfo buf);
extern void svc_text_double(StringInfo buf, const char *key, double value);
extern void svc_text_int64(StringInfo buf, const char *key, int64 value);
extern void svc_text_int128(StringInfo buf, const char *key, int128 value);
extern void svc_text_double_list(StringInfo buf, const char *key,
								 const double *values, int n);
extern void svc_text_int64_list(StringInfo buf, const char *key,
								const int64 *values, int n);
extern void svc_text_end(StringInfo buf);

/* Room for a signed 128-bit number in decimal, with its sign and NUL. */
#define SVC_INT128_DIGITS 41
extern char *svc_int128_cstring(int128 value, char *buf);

/* Reading the summary text form. */
typedef struct SvcTextReader
{
	const char *input;			/* the whole text, for messages */
	const char *pos;			/* next character to read */
	const char *typname;		/* the SQL type being read, for messages */
	bool		first;			/* no field read yet */
} SvcTextReader;

extern void svc_reader_init(SvcTextReader *reader, const char *input,
							const char *typname);
extern void svc_reader_key(SvcTextReader *reader, const char *key);
extern double svc_reader_double(SvcTextReader *reader);
extern int64 svc_reader_int64(SvcTextReader *reader);
extern int128 svc_reader_int128(SvcTextReader *reader);
extern int	svc_reader_double_list(SvcTextReader *reader, double *values,
								   int maxn);
extern int	svc_reader_int64_list(SvcTextReader *reader, int64 *values,
								  int maxn);
extern void svc_reader_finish(SvcTextReader *reader);

#endif							/* SVCINDEX_H */
