-- The IT service desk event log (ServiceNow): several events per incident,
-- in file order; day-first times without a time zone (read as UTC); "?"
-- for a missing value; Boolean made_sla.  One request per incident, taken
-- from its last event; the first response is the first update that moved
-- the incident out of state New (updates stamped before the incident was
-- opened, a clock skew in two incidents, do not count).  An incident's
-- clock stands still while it is in an "Awaiting ..." state (user
-- information, supplier, change, problem, evidence, vendor): each such
-- event pauses the clock from its update until the incident's next update.
CREATE TABLE scorecard_load.itsm (
	number text, incident_state text, active text, reassignment_count text,
	reopen_count text, sys_mod_count text, made_sla text, caller_id text,
	opened_by text, opened_at text, sys_created_by text,
	sys_created_at text, sys_updated_by text, sys_updated_at text,
	contact_type text, location text, category text, subcategory text,
	u_symptom text, cmdb_ci text, impact text, urgency text, priority text,
	assignment_group text, assigned_to text, knowledge text,
	u_priority_confirmation text, notify text, problem_id text, rfc text,
	vendor text, caused_by text, closed_code text, resolved_by text,
	resolved_at text, closed_at text
);
\set file :datadir '/itsm_incident_event_log_subset.csv'
\set copy '\\copy scorecard_load.itsm FROM ' :'file' ' WITH (FORMAT csv, HEADER)'
:copy
-- Number the events in file order (a fresh table is read in load order).
ALTER TABLE scorecard_load.itsm ADD COLUMN line bigint GENERATED ALWAYS AS IDENTITY;

INSERT INTO scorecard.site (site_code, name, hours)
VALUES ('ITSM', 'IT service desk (ServiceNow log)', scorecard_load.always_open('UTC'));

INSERT INTO scorecard_load.channel_name VALUES
	('itsm', 'Phone', 'PHONE'), ('itsm', 'Email', 'EMAIL'),
	('itsm', 'Self service', 'WEB'), ('itsm', 'IVR', 'PHONE');

-- Every event with its times read.
CREATE VIEW scorecard_load.itsm_event AS
SELECT e.*,
	   scorecard_load.local_time(e.opened_at, 'DD-MM-YYYY HH24:MI', 'UTC') AS opened,
	   scorecard_load.local_time(e.sys_updated_at, 'DD-MM-YYYY HH24:MI', 'UTC') AS updated,
	   scorecard_load.local_time(e.resolved_at, 'DD-MM-YYYY HH24:MI', 'UTC') AS resolved,
	   scorecard_load.local_time(e.closed_at, 'DD-MM-YYYY HH24:MI', 'UTC') AS closed,
	   max(e.line) OVER (PARTITION BY e.number) AS last_line
  FROM scorecard_load.itsm e;

-- The paused spells of every incident, in the order of its updates.
CREATE VIEW scorecard_load.itsm_pause AS
SELECT number, range_agg(tstzrange(updated, next_update)) AS paused
  FROM (SELECT e.number, e.incident_state, e.updated,
			   lead(e.updated) OVER (PARTITION BY e.number
									 ORDER BY e.updated, e.line) AS next_update
		  FROM scorecard_load.itsm_event e) spell
 WHERE incident_state LIKE 'Awaiting%' AND next_update > updated
 GROUP BY number;

INSERT INTO scorecard_load.request_row
	(source, source_key, site_code, channel_raw, category_name,
	 opened_raw, opened_at, first_response_at, resolved_raw, resolved_at,
	 closed_raw, closed_at, sla_met_reported, paused, problem)
SELECT 'itsm', e.number, 'ITSM', e.contact_type, e.priority,
	   e.opened_at, e.opened,
	   (SELECT min(u.updated) FROM scorecard_load.itsm_event u
		 WHERE u.number = e.number AND u.incident_state <> 'New'
		   AND u.updated >= u.opened),
	   e.resolved_at, e.resolved, e.closed_at, e.closed,
	   CASE e.made_sla WHEN 'TRUE' THEN true WHEN 'FALSE' THEN false END,
	   (SELECT p.paused FROM scorecard_load.itsm_pause p
		 WHERE p.number = e.number),
	   CASE WHEN coalesce(e.made_sla, '') NOT IN ('TRUE', 'FALSE')
			THEN 'made_sla neither TRUE nor FALSE' END
  FROM scorecard_load.itsm_event e
 WHERE e.line = e.last_line;

INSERT INTO scorecard.load_report
SELECT 'itsm', 'row', 'kept', 'earlier event of an incident, folded into its last event',
	   count(*)
  FROM scorecard_load.itsm_event e
 WHERE e.line < e.last_line
HAVING count(*) > 0;

-- The service desk's resolution limits per final priority, counted round
-- the clock with the paused spells left out.  The log does not publish
-- its SLA definitions: these limits are the demo's own (4 hours for
-- critical, 8 for high, 3 days for moderate, 5 for low), and the log's own
-- verdict stays in sla_met_reported.
CREATE TABLE scorecard_load.itsm_limit (
	priority	text PRIMARY KEY,
	resolution_limit interval NOT NULL
);
INSERT INTO scorecard_load.itsm_limit VALUES
	('1 - Critical', '4 hours'), ('2 - High', '8 hours'),
	('3 - Moderate', '72 hours'), ('4 - Low', '120 hours');
