
-- ---------------------------------------------------------------------
-- Business days: counts of business dates and steps of whole ones
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.business_days(
	calendar @extschema@.business_calendar,
	start pg_catalog.date,
	finish pg_catalog.date)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'business_days'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.add_business_days(
	calendar @extschema@.business_calendar,
	start pg_catalog.timestamptz,
	days pg_catalog.int4)
RETURNS pg_catalog.timestamptz
AS 'MODULE_PATHNAME', 'add_business_days'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.business_days(@extschema@.business_calendar, pg_catalog.date, pg_catalog.date) IS
'number of business dates (local dates with working hours) in [start, finish); negative when finish is before start';
COMMENT ON FUNCTION @extschema@.add_business_days(@extschema@.business_calendar, pg_catalog.timestamptz, pg_catalog.int4) IS
'so many business dates after (or before, for negative days) start at its wall-clock time, moved to the next (or previous) working moment';
