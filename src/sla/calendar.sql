
-- ---------------------------------------------------------------------
-- Business calendars and business time
-- ---------------------------------------------------------------------

-- The calendar type: read from its JSON document, stored compiled.
CREATE TYPE @extschema@.business_calendar;

CREATE FUNCTION @extschema@.business_calendar_in(pg_catalog.cstring)
RETURNS @extschema@.business_calendar
AS 'MODULE_PATHNAME', 'business_calendar_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.business_calendar_out(@extschema@.business_calendar)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'business_calendar_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.business_calendar_recv(pg_catalog.internal)
RETURNS @extschema@.business_calendar
AS 'MODULE_PATHNAME', 'business_calendar_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.business_calendar_send(@extschema@.business_calendar)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'business_calendar_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.business_calendar (
	INPUT = @extschema@.business_calendar_in,
	OUTPUT = @extschema@.business_calendar_out,
	RECEIVE = @extschema@.business_calendar_recv,
	SEND = @extschema@.business_calendar_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);

CREATE FUNCTION @extschema@.business_calendar(pg_catalog.jsonb)
RETURNS @extschema@.business_calendar
AS 'MODULE_PATHNAME', 'business_calendar_from_jsonb'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE CAST (pg_catalog.jsonb AS @extschema@.business_calendar)
WITH FUNCTION @extschema@.business_calendar(pg_catalog.jsonb);

COMMENT ON TYPE @extschema@.business_calendar IS
'working hours per weekday, holidays, shifts and breaks per date, in one time zone';
COMMENT ON FUNCTION @extschema@.business_calendar_in(pg_catalog.cstring) IS
'reads a business calendar from its JSON document';
COMMENT ON FUNCTION @extschema@.business_calendar_out(@extschema@.business_calendar) IS
'writes a business calendar as its canonical JSON document';
COMMENT ON FUNCTION @extschema@.business_calendar_recv(pg_catalog.internal) IS
'reads a business calendar in binary form';
COMMENT ON FUNCTION @extschema@.business_calendar_send(@extschema@.business_calendar) IS
'writes a business calendar in binary form';
COMMENT ON FUNCTION @extschema@.business_calendar(pg_catalog.jsonb) IS
'builds a business calendar from a jsonb document with tz, hours, holidays, shifts and breaks';
COMMENT ON CAST (pg_catalog.jsonb AS @extschema@.business_calendar) IS
'builds a business calendar from a jsonb document';

-- Working time between instants, deadlines, openings.
CREATE FUNCTION @extschema@.business_time(
	calendar @extschema@.business_calendar,
	start pg_catalog.timestamptz,
	finish pg_catalog.timestamptz)
RETURNS pg_catalog.interval
AS 'MODULE_PATHNAME', 'business_time'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.business_time(
	calendar @extschema@.business_calendar,
	start pg_catalog.timestamptz,
	finish pg_catalog.timestamptz,
	paused pg_catalog.tstzmultirange)
RETURNS pg_catalog.interval
AS 'MODULE_PATHNAME', 'business_time_paused'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.business_deadline(
	calendar @extschema@.business_calendar,
	start pg_catalog.timestamptz,
	amount pg_catalog.interval)
RETURNS pg_catalog.timestamptz
AS 'MODULE_PATHNAME', 'business_deadline'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.is_business_time(
	calendar @extschema@.business_calendar,
	t pg_catalog.timestamptz)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'is_business_time'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.next_business_time(
	calendar @extschema@.business_calendar,
	t pg_catalog.timestamptz)
RETURNS pg_catalog.timestamptz
AS 'MODULE_PATHNAME', 'next_business_time'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.business_time(@extschema@.business_calendar, pg_catalog.timestamptz, pg_catalog.timestamptz) IS
'working time in [start, finish) under the calendar, in real elapsed time; negative when finish is before start';
COMMENT ON FUNCTION @extschema@.business_time(@extschema@.business_calendar, pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.tstzmultirange) IS
'working time in [start, finish) less the working time inside the paused ranges';
COMMENT ON FUNCTION @extschema@.business_deadline(@extschema@.business_calendar, pg_catalog.timestamptz, pg_catalog.interval) IS
'earliest instant at which the working time from start reaches amount (backwards for a negative amount)';
COMMENT ON FUNCTION @extschema@.is_business_time(@extschema@.business_calendar, pg_catalog.timestamptz) IS
'whether the instant lies in working time (opening included, closing excluded)';
COMMENT ON FUNCTION @extschema@.next_business_time(@extschema@.business_calendar, pg_catalog.timestamptz) IS
'the instant itself when it is working time, else the next opening';
