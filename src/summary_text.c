/*-------------------------------------------------------------------------
 *
 * summary_text.c
 *	  Reading and writing the text form shared by all summary types:
 *	  "(key=value,key=[v1,v2],...)".  Each type reads its fields in a
 *	  fixed order, so the reader checks names rather than looking them up.
 *
 *-------------------------------------------------------------------------
 */
#include "svcindex.h"

#include <ctype.h>
#include <math.h>

#include "common/shortest_dec.h"
#include "utils/builtins.h"
#include "utils/float.h"

/*
 * Start a summary's text form.
 */
void
svc_text_begin(StringInfo buf)
{
	appendStringInfoChar(buf, '(');
}

/*
 * Write the separator before a field, unless it is the first.
 */
static void
text_field_start(StringInfo buf, const char *key)
{
	if (buf->len > 0 && buf->data[buf->len - 1] != '(')
		appendStringInfoChar(buf, ',');
	appendStringInfo(buf, "%s=", key);
}

/*
 * Append one double in its shortest exact form.
 */
static void
text_append_double(StringInfo buf, double value)
{
	char		num[DOUBLE_SHORTEST_DECIMAL_LEN];

	if (isnan(value))
		appendStringInfoString(buf, "NaN");
	else if (isinf(value))
		appendStringInfoString(buf, value > 0 ? "Infinity" : "-Infinity");
	else
	{
		double_to_shortest_decimal_buf(value, num);
		appendStringInfoString(buf, num);
	}
}

/*
 * Write a field holding a double.
 */
void
svc_text_double(StringInfo buf, const char *key, double value)
{
	text_field_start(buf, key);
	text_append_double(buf, value);
}

/*
 * Write a field holding a 64-bit count.
 */
void
svc_text_int64(StringInfo buf, const char *key, int64 value)
{
	text_field_start(buf, key);
	appendStringInfo(buf, INT64_FORMAT, value);
}

/*
 * Write a signed 128-bit whole number in decimal into buf, which holds
 * SVC_INT128_DIGITS characters, and return where the text starts.
 */
char *
svc_int128_cstring(int128 value, char *buf)
{
	int			pos = SVC_INT128_DIGITS;
	bool		negative = value < 0;

	buf[--pos] = '\0';
	do
	{
		int			digit = (int) (value % 10);

		buf[--pos] = (char) ('0' + (negative ? -digit : digit));
		value /= 10;
	} while (value != 0);
	if (negative)
		buf[--pos] = '-';
	return buf + pos;
}

/*
 * Write a field holding a signed 128-bit whole number, such as a sum of
 * microseconds that may exceed 64 bits.
 */
void
svc_text_int128(StringInfo buf, const char *key, int128 value)
{
	char		digits[SVC_INT128_DIGITS];

	text_field_start(buf, key);
	appendStringInfoString(buf, svc_int128_cstring(value, digits));
}

/* Appends list item i of values. */
typedef void (*TextItemFn) (StringInfo buf, const void *values, int i);

/*
 * Write a field holding a bracketed list of n items, each written by
 * append_item.
 */
static void
text_list(StringInfo buf, const char *key, const void *values, int n,
		  TextItemFn append_item)
{
	text_field_start(buf, key);
	appendStringInfoChar(buf, '[');
	for (int i = 0; i < n; i++)
	{
		if (i > 0)
			appendStringInfoChar(buf, ',');
		append_item(buf, values, i);
	}
	appendStringInfoChar(buf, ']');
}

/*
 * Append one double of a list.
 */
static void
text_double_item(StringInfo buf, const void *values, int i)
{
	text_append_double(buf, ((const double *) values)[i]);
}

/*
 * Append one count of a list.
 */
static void
text_int64_item(StringInfo buf, const void *values, int i)
{
	appendStringInfo(buf, INT64_FORMAT, ((const int64 *) values)[i]);
}

/*
 * Write a field holding a list of doubles.
 */
void
svc_text_double_list(StringInfo buf, const char *key, const double *values,
					 int n)
{
	text_list(buf, key, values, n, text_double_item);
}

/*
 * Write a field holding a list of 64-bit counts.
 */
void
svc_text_int64_list(StringInfo buf, const char *key, const int64 *values,
					int n)
{
	text_list(buf, key, values, n, text_int64_item);
}

/*
 * Close a summary's text form.
 */
void
svc_text_end(StringInfo buf)
{
	appendStringInfoChar(buf, ')');
}

/*
 * Report unreadable input, saying what was expected where.
 */
static void
reader_fail(SvcTextReader *reader, const char *expected)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"",
					reader->typname, reader->input),
			 errdetail("Expected %s at character %d.", expected,
					   (int) (reader->pos - reader->input) + 1),
			 errhint("Write the value in the form its output function "
					 "produces, such as the result of a cast to text.")));
}

/*
 * Skip white space.
 */
static void
reader_skip_space(SvcTextReader *reader)
{
	while (*reader->pos && isspace((unsigned char) *reader->pos))
		reader->pos++;
}

/*
 * Consume one expected character or fail.
 */
static void
reader_expect_char(SvcTextReader *reader, char c, const char *expected)
{
	reader_skip_space(reader);
	if (*reader->pos != c)
		reader_fail(reader, expected);
	reader->pos++;
}

/*
 * Begin reading a summary's text form.
 */
void
svc_reader_init(SvcTextReader *reader, const char *input,
				const char *typname)
{
	reader->input = input;
	reader->pos = input;
	reader->typname = typname;
	reader->first = true;
	reader_expect_char(reader, '(', "\"(\"");
}

/*
 * Read the name of the next field, which must be the one given.
 */
void
svc_reader_key(SvcTextReader *reader, const char *key)
{
	size_t		len = strlen(key);
	char	   *expected;

	if (!reader->first)
		reader_expect_char(reader, ',', "\",\"");
	reader->first = false;

	reader_skip_space(reader);
	expected = psprintf("field \"%s\"", key);
	if (strncmp(reader->pos, key, len) != 0)
		reader_fail(reader, expected);
	reader->pos += len;
	reader_expect_char(reader, '=', "\"=\"");
	pfree(expected);
}

/*
 * Read one number; NaN and infinities are read too, and the caller
 * decides whether they are allowed.
 */
double
svc_reader_double(SvcTextReader *reader)
{
	char	   *end;
	double		value;
	bool		have_error = false;

	reader_skip_space(reader);
	value = float8in_internal_opt_error((char *) reader->pos, &end,
										reader->typname, reader->input,
										&have_error);
	if (have_error || end == reader->pos)
		reader_fail(reader, "a number");
	reader->pos = end;
	return value;
}

/*
 * Read one non-negative whole count.
 */
int64
svc_reader_int64(SvcTextReader *reader)
{
	int64		value = 0;

	reader_skip_space(reader);
	if (!isdigit((unsigned char) *reader->pos))
		reader_fail(reader, "a whole number of zero or more");
	while (isdigit((unsigned char) *reader->pos))
	{
		int			digit = *reader->pos - '0';

		if (value > (PG_INT64_MAX - digit) / 10)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("count in \"%s\" is out of range for type %s",
							reader->input, reader->typname)));
		value = value * 10 + digit;
		reader->pos++;
	}
	return value;
}

/*
 * Read one signed whole number that fits in 128 bits.
 */
int128
svc_reader_int128(SvcTextReader *reader)
{
	int128		value = 0;
	bool		negative = false;
	const int128 limit = ~((int128) 1 << 127) / 10;

	reader_skip_space(reader);
	if (*reader->pos == '-')
	{
		negative = true;
		reader->pos++;
	}
	if (!isdigit((unsigned char) *reader->pos))
		reader_fail(reader, "a whole number");
	while (isdigit((unsigned char) *reader->pos))
	{
		int			digit = *reader->pos - '0';

		if (value > limit || (value == limit && digit > 7))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("whole number in \"%s\" is out of range for type %s",
							reader->input, reader->typname)));
		value = value * 10 + digit;
		reader->pos++;
	}
	return negative ? -value : value;
}

/* Reads list item i into values. */
typedef void (*ReaderItemFn) (SvcTextReader *reader, void *values, int i);

/*
 * Read a bracketed list of at most maxn items, each read by read_item;
 * returns how many.  noun names the items in the message for a long list.
 */
static int
reader_list(SvcTextReader *reader, void *values, int maxn, const char *noun,
			ReaderItemFn read_item)
{
	int			n = 0;

	reader_expect_char(reader, '[', "\"[\"");
	reader_skip_space(reader);
	if (*reader->pos == ']')
	{
		reader->pos++;
		return 0;
	}
	for (;;)
	{
		if (n >= maxn)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"",
							reader->typname, reader->input),
					 errdetail("A list holds at most %d %s.", maxn, noun)));
		read_item(reader, values, n++);
		reader_skip_space(reader);
		if (*reader->pos == ']')
		{
			reader->pos++;
			return n;
		}
		reader_expect_char(reader, ',', "\",\" or \"]\"");
	}
}

/*
 * Read one number of a list.
 */
static void
reader_double_item(SvcTextReader *reader, void *values, int i)
{
	((double *) values)[i] = svc_reader_double(reader);
}

/*
 * Read one count of a list.
 */
static void
reader_int64_item(SvcTextReader *reader, void *values, int i)
{
	((int64 *) values)[i] = svc_reader_int64(reader);
}

/*
 * Read a bracketed list of at most maxn numbers; returns how many.
 */
int
svc_reader_double_list(SvcTextReader *reader, double *values, int maxn)
{
	return reader_list(reader, values, maxn, "numbers", reader_double_item);
}

/*
 * Read a bracketed list of at most maxn counts; returns how many.
 */
int
svc_reader_int64_list(SvcTextReader *reader, int64 *values, int maxn)
{
	return reader_list(reader, values, maxn, "counts", reader_int64_item);
}

/*
 * Check that the text ends after the closing parenthesis.
 */
void
svc_reader_finish(SvcTextReader *reader)
{
	reader_expect_char(reader, ')', "\")\"");
	reader_skip_space(reader);
	if (*reader->pos != '\0')
		reader_fail(reader, "the end of the input");
}
