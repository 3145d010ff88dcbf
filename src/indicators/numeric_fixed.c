/*-------------------------------------------------------------------------
 *
 * numeric_fixed.c
 *	  Reading numeric values as scaled integers, and writing scaled
 *	  128-bit integers back as numeric.
 *
 * A numeric is stored as a varlena whose payload starts with a 16-bit
 * header word, followed by base-10000 digits (16 bits each, most
 * significant first); the value is the sum of digit[i] * 10000^(weight -
 * i).  This layout is PostgreSQL's on-disk format (unchanged since 9.1,
 * with NaN and the infinities added in 14), which pg_upgrade relies on.
 * The two top bits of the header word say which form follows:
 *
 *		00, 01	long form, positive or negative: the low 14 bits are the
 *				display scale, and a signed 16-bit weight follows
 *		10		short form: bit 13 is the sign, bits 7-12 the display
 *				scale, bits 0-6 the weight as a 7-bit two's complement
 *		11		NaN or an infinity
 *
 * A stored value is rounded to its display scale and has no leading or
 * trailing zero digits, so the last digit may carry at most three zero
 * decimals beyond the scale.
 *
 *-------------------------------------------------------------------------
 */
#include "numeric_fixed.h"

#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "svcindex.h"

#define FORM_MASK			0xC000
#define FORM_NEGATIVE		0x4000
#define FORM_SHORT			0x8000
#define FORM_SPECIAL		0xC000
#define LONG_SCALE_MASK		0x3FFF
#define SHORT_SIGN_BIT		0x2000
#define SHORT_SCALE_SHIFT	7
#define SHORT_SCALE_MASK	0x3F
#define SHORT_WEIGHT_MASK	0x7F
#define SHORT_WEIGHT_SIGN	0x40

/*
 * Most base-10000 digits a value below 10^18 at scale 15 or less can
 * span: up to four for the decimals and the rest for the integer part
 * (for example 12345.1234567890123 is 1 2345 1234 5678 9012 3000).
 */
#define MAX_DIGITS			6

/* Powers of ten that fit in an int128: 10^0 .. 10^38. */
#define MAX_POWER			38

/* Powers of ten that fit in an int64, for the per-row path. */
static const int64 small_power[] = {
	INT64CONST(1), INT64CONST(10), INT64CONST(100), INT64CONST(1000),
	INT64CONST(10000), INT64CONST(100000), INT64CONST(1000000),
	INT64CONST(10000000), INT64CONST(100000000), INT64CONST(1000000000),
	INT64CONST(10000000000), INT64CONST(100000000000),
	INT64CONST(1000000000000), INT64CONST(10000000000000),
	INT64CONST(100000000000000), INT64CONST(1000000000000000),
	INT64CONST(10000000000000000), INT64CONST(100000000000000000),
	INT64CONST(1000000000000000000)
};

/*
 * Return 10^exponent for 0 <= exponent <= MAX_POWER.
 */
static int128
power_of_ten(int exponent)
{
	int128		power = 1;

	if (exponent < (int) lengthof(small_power))
		return small_power[exponent];
	while (exponent-- > 0)
		power *= 10;
	return power;
}

/*
 * Read a numeric datum (packed or not) as a scaled integer where it is
 * short enough; see numeric_fixed.h for what is filled in.  This runs for
 * every row of an aggregate, so it stays in 64-bit arithmetic: the zeros
 * the last base-10000 digit carries beyond the scale (at most three) are
 * dropped from that digit, the digits are accumulated with overflow
 * checks, and the result is moved up by a table lookup when the last
 * digit's unit is above the scale.
 */
void
fixed_read(const struct varlena *num, FixedValue *out)
{
	const char *payload = VARDATA_ANY(num);
	int			length = VARSIZE_ANY_EXHDR(num);
	uint16		header;
	int			weight;
	int			first_digit;
	int			ndigits;
	int			exponent;
	int64		digits = 0;

	memcpy(&header, payload, sizeof(header));
	if ((header & FORM_MASK) == FORM_SPECIAL)
	{
		out->kind = FIXED_SPECIAL;
		return;
	}
	if ((header & FORM_MASK) == FORM_SHORT)
	{
		out->negative = (header & SHORT_SIGN_BIT) != 0;
		out->dscale = (header >> SHORT_SCALE_SHIFT) & SHORT_SCALE_MASK;
		weight = header & SHORT_WEIGHT_MASK;
		if (weight & SHORT_WEIGHT_SIGN)
			weight -= SHORT_WEIGHT_MASK + 1;
		first_digit = sizeof(uint16);
	}
	else
	{
		int16		long_weight;

		out->negative = (header & FORM_MASK) == FORM_NEGATIVE;
		out->dscale = header & LONG_SCALE_MASK;
		memcpy(&long_weight, payload + sizeof(uint16), sizeof(int16));
		weight = long_weight;
		first_digit = 2 * sizeof(uint16);
	}
	ndigits = (length - first_digit) / (int) sizeof(int16);

	out->kind = FIXED_WIDE;
	out->scaled = 0;
	if (out->dscale > FIXED_MAX_SCALE || ndigits > MAX_DIGITS)
		return;

	/* Decimal exponent of the last digit's unit, counted from the scale. */
	exponent = 4 * (weight - ndigits + 1) + out->dscale;
	if (ndigits > 0 && exponent < -3)
		return;
	for (int i = 0; i < ndigits; i++)
	{
		int16		digit;
		int64		unit = 10000;

		memcpy(&digit, payload + first_digit + i * sizeof(int16),
			   sizeof(int16));
		if (i == ndigits - 1 && exponent < 0)
		{
			/* Only the last digit's zeros beyond the scale are dropped. */
			if (digit % small_power[-exponent] != 0)
				return;
			digit /= small_power[-exponent];
			unit = small_power[4 + exponent];
		}
		if (__builtin_mul_overflow(digits, unit, &digits) ||
			__builtin_add_overflow(digits, (int64) digit, &digits))
			return;
	}
	if (ndigits > 0 && exponent > 0)
	{
		if (exponent >= (int) lengthof(small_power) ||
			digits >= FIXED_LIMIT / small_power[exponent])
			return;
		digits *= small_power[exponent];
	}
	if (digits >= FIXED_LIMIT)
		return;
	out->kind = FIXED_SMALL;
	out->scaled = out->negative ? -digits : digits;
}

/*
 * Change the scale of a scaled integer in place: multiply by
 * 10^(to_scale - from_scale), or divide when that is negative.  Return
 * false, leaving the value alone, when the product overflows or the
 * division is not exact.
 */
bool
fixed_rescale(int128 *value, int from_scale, int to_scale)
{
	int			step = to_scale - from_scale;
	int128		power;
	int128		result;

	if (step == 0 || *value == 0)
		return true;
	if (step > MAX_POWER || step < -MAX_POWER)
		return false;
	power = power_of_ten(step > 0 ? step : -step);
	if (step < 0)
	{
		if (*value % power != 0)
			return false;
		*value /= power;
		return true;
	}
	if (__builtin_mul_overflow(*value, power, &result))
		return false;
	*value = result;
	return true;
}

/*
 * Return a scaled integer as a numeric whose display scale is the given
 * scale.
 */
Numeric
fixed_to_numeric(int128 value, int scale)
{
	char		digits[SVC_INT128_DIGITS];
	char	   *text = svc_int128_cstring(value, digits);
	StringInfoData buf;
	int			sign = (*text == '-') ? 1 : 0;
	int			length = strlen(text) - sign;

	/* Write the digits with a decimal point "scale" places from the end. */
	initStringInfo(&buf);
	if (sign)
		appendStringInfoChar(&buf, '-');
	if (length <= scale)
	{
		appendStringInfoString(&buf, "0.");
		for (int i = length; i < scale; i++)
			appendStringInfoChar(&buf, '0');
		appendStringInfoString(&buf, text + sign);
	}
	else
	{
		appendBinaryStringInfo(&buf, text + sign, length - scale);
		if (scale > 0)
		{
			appendStringInfoChar(&buf, '.');
			appendStringInfoString(&buf, text + sign + length - scale);
		}
	}
	return DatumGetNumeric(DirectFunctionCall3(numeric_in,
											   CStringGetDatum(buf.data),
											   ObjectIdGetDatum(InvalidOid),
											   Int32GetDatum(-1)));
}
