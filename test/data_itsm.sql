-- Real data: the IT service desk event log (ServiceNow, UCI "Incident
-- management process enriched event log", first 5,998 events).  Each
-- incident's "Awaiting ..." states become its paused clock; business time
-- from opening to resolution, less the pauses, is checked against
-- independent plain-SQL computations with multirange algebra.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off
\getenv datadir SVCINDEX_DATA
\set csv :datadir '/itsm_incident_event_log_subset.csv'

BEGIN;
CREATE EXTENSION pgtap;
CREATE EXTENSION svcindex;
SELECT plan(7);
SET TimeZone = 'UTC';

CREATE TABLE itsm_raw (
    number text, incident_state text, active text, reassignment_count text,
    reopen_count text, sys_mod_count int, made_sla text, caller_id text,
    opened_by text, opened_at text, sys_created_by text, sys_created_at text,
    sys_updated_by text, sys_updated_at text, contact_type text, location text,
    category text, subcategory text, u_symptom text, cmdb_ci text, impact text,
    urgency text, priority text, assignment_group text, assigned_to text,
    knowledge text, u_priority_confirmation text, notify text, problem_id text,
    rfc text, vendor text, caused_by text, closed_code text, resolved_by text,
    resolved_at text, closed_at text);
COPY itsm_raw FROM :'csv' WITH (FORMAT csv, HEADER true);

-- Dates are day-first without a zone (read as UTC); "?" is missing.
CREATE FUNCTION itsm_time(t text) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN t = '?' THEN NULL
              ELSE to_timestamp(t, 'DD-MM-YYYY HH24:MI') END
$$;

CREATE TABLE itsm_event AS
SELECT number, incident_state, sys_mod_count, itsm_time(sys_updated_at) AS at,
       lead(itsm_time(sys_updated_at)) OVER w AS until
  FROM itsm_raw
WINDOW w AS (PARTITION BY number ORDER BY itsm_time(sys_updated_at), sys_mod_count);

-- One row per incident from its last event; the paused clock is the
-- union of the spells in an "Awaiting ..." state (consecutive spells merge).
CREATE TABLE itsm_incident AS
SELECT DISTINCT ON (r.number) r.number, r.made_sla = 'TRUE' AS made_sla, r.priority,
       itsm_time(r.opened_at) AS opened, itsm_time(r.resolved_at) AS resolved,
       coalesce((SELECT range_agg(tstzrange(e.at, e.until))
                   FROM itsm_event e
                  WHERE e.number = r.number AND e.incident_state LIKE 'Awaiting%'
                    AND e.until > e.at), '{}') AS paused
  FROM itsm_raw r
 ORDER BY r.number, r.sys_mod_count DESC;

SELECT is((SELECT row(count(*), count(*) FILTER (WHERE made_sla),
                      count(*) FILTER (WHERE NOT made_sla))::text FROM itsm_incident),
          '(890,495,395)',
          'the log holds 890 incidents, 495 that made their SLA and 395 that did not (PROVENANCE.md)');

SELECT cmp_ok((SELECT count(*) FROM itsm_incident WHERE paused <> '{}')::int, '>=', 100,
              'at least 100 incidents have a paused clock');

-- Around the clock: the paused clock takes off exactly the pauses'
-- overlap with [opened, resolved).
SELECT '{"tz": "UTC", "hours": {"mon": [["00:00", "24:00"]], "tue": [["00:00", "24:00"]], "wed": [["00:00", "24:00"]], "thu": [["00:00", "24:00"]], "fri": [["00:00", "24:00"]], "sat": [["00:00", "24:00"]], "sun": [["00:00", "24:00"]]}}' AS always \gset
SELECT is((SELECT count(*) FROM itsm_incident
            WHERE resolved >= opened
              AND business_time(:'always', opened, resolved, paused)
                  <> (resolved - opened)
                     - (SELECT coalesce(sum(upper(x) - lower(x)), '0')
                          FROM unnest(paused * tstzmultirange(tstzrange(opened, resolved))) x))::int, 0,
          '24x7: business time with pauses is the elapsed time less the paused overlap');

-- Office hours Mon-Fri 08:00-18:00: the working part of the unpaused
-- clock, by intersecting multiranges of whole days' windows.
SELECT '{"tz": "UTC", "hours": {"mon": [["08:00", "18:00"]], "tue": [["08:00", "18:00"]], "wed": [["08:00", "18:00"]], "thu": [["08:00", "18:00"]], "fri": [["08:00", "18:00"]]}}' AS office \gset
CREATE TABLE itsm_office AS
SELECT number, made_sla, priority, paused,
       extract(epoch FROM business_time(:'office', opened, resolved, paused)) AS net_seconds,
       extract(epoch FROM business_time(:'office', opened, resolved)) AS gross_seconds,
       (SELECT coalesce(sum(extract(epoch FROM upper(x) - lower(x))), 0)
          FROM unnest((tstzmultirange(tstzrange(opened, resolved)) - paused)
                      * (SELECT range_agg(tstzrange(d + interval '8 hours', d + interval '18 hours'))
                           FROM generate_series(date_trunc('day', opened), resolved, '1 day') d
                          WHERE extract(isodow FROM d) <= 5)) x) AS plain_seconds
  FROM itsm_incident
 WHERE resolved >= opened;

SELECT is((SELECT count(*) FROM itsm_office WHERE net_seconds <> plain_seconds)::int, 0,
          'office hours: business time with pauses equals the multirange computation for every resolved incident');
SELECT ok((SELECT count(*) FROM itsm_office WHERE paused <> '{}' AND net_seconds < gross_seconds) >= 50,
          'pauses remove working time from at least 50 incidents');

-- Incidents with no resolution time, or one before opening, are left out
-- and counted, never silently.
SELECT is((SELECT count(*) FROM itsm_incident WHERE resolved IS NULL OR resolved < opened)::int
          + (SELECT count(*) FROM itsm_office)::int, 890,
          'every incident is either measured or counted as unmeasurable');

-- How made_sla relates to net office-hours resolution time.
SELECT diag(format('made_sla %s: %s incidents, median net office hours %s, share within 8 net office hours %s',
                   made_sla, count(*),
                   round((percentile_cont(0.5) WITHIN GROUP (ORDER BY net_seconds) / 3600)::numeric, 2),
                   round(avg((net_seconds <= 8 * 3600)::int)::numeric, 3)))
  FROM itsm_office GROUP BY made_sla ORDER BY made_sla;
SELECT ok((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY net_seconds) FROM itsm_office WHERE NOT made_sla)
          > (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY net_seconds) FROM itsm_office WHERE made_sla),
          'incidents that missed their SLA took longer, in median net office hours, than those that made it');

SELECT * FROM finish();
ROLLBACK;
