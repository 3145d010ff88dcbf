-- SLA summaries on real 311 data (see ../shared/data/PROVENANCE.md):
-- NYC's due dates, where 427 of the 479 requests with both a due date and a
-- closed date (89.14 %) were closed on or before the due date, and
-- Boston's open backlog, whose ONTIME / OVERDUE flag compares the SLA
-- target with the moment the data was extracted.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off
\getenv datadir SVCINDEX_DATA
\set nycfile :datadir '/nyc311_sample_1000_2014_2019.csv'
\set bostonfile :datadir '/boston311_open_cases_2025.csv'

BEGIN;
CREATE EXTENSION pgtap;
CREATE EXTENSION svcindex;
SELECT plan(13);
SET LOCAL TimeZone = 'America/New_York';

-- NYC: every column as text, then the timestamps in local New York time.
CREATE TABLE nyc_raw (c01 text, c02 text, c03 text, c04 text, c05 text,
	c06 text, c07 text, c08 text, c09 text, c10 text, c11 text, c12 text,
	c13 text, c14 text, c15 text, c16 text, c17 text, c18 text, c19 text,
	c20 text, c21 text, c22 text, c23 text, c24 text, c25 text, c26 text,
	c27 text, c28 text, c29 text, c30 text, c31 text, c32 text, c33 text,
	c34 text, c35 text, c36 text, c37 text, c38 text, c39 text, c40 text,
	c41 text);
COPY nyc_raw FROM :'nycfile' WITH (FORMAT csv, HEADER true);
CREATE TABLE nyc AS
SELECT c01 AS unique_key, c29 AS channel,
	   to_timestamp(c02, 'MM/DD/YYYY HH12:MI:SS AM') AS created,
	   to_timestamp(nullif(c03, ''), 'MM/DD/YYYY HH12:MI:SS AM') AS closed,
	   to_timestamp(nullif(c21, ''), 'MM/DD/YYYY HH12:MI:SS AM') AS due
  FROM nyc_raw;

SELECT is((SELECT count(*) FROM nyc)::int, 1000, 'NYC: 1,000 requests loaded');

CREATE TABLE nyc_summary AS
SELECT sla_agg(closed - created, due - created) AS s FROM nyc;
SELECT is((SELECT total(s) FROM nyc_summary), 479::bigint,
		  'NYC: 479 requests with a due date and a closed date are counted');
SELECT is((SELECT met(s) FROM nyc_summary), 427::bigint,
		  'NYC: 427 closed on or before the due date (PROVENANCE)');
SELECT is((SELECT round(100 * compliance(s)::numeric, 2) FROM nyc_summary),
		  89.14, 'NYC: compliance is 89.14 % (PROVENANCE)');
SELECT is((SELECT met(s) FROM nyc_summary),
		  (SELECT count(*) FILTER (WHERE closed <= due) FROM nyc),
		  'NYC: met equals closed <= due in plain SQL');
SELECT is((SELECT count(*) FROM nyc WHERE due IS NOT NULL AND closed IS NULL)::int,
		  7, 'NYC: the 7 open requests with a due date are not in the denominator');

-- Time to close over every closed request, the 10 closed before they were
-- opened (negative durations) included: percentiles against
-- percentile_disc at every step of 0.01.
SELECT is((SELECT count(*) FROM
	(SELECT q, percentile(s, q) AS sketch,
			(SELECT percentile_disc(q) WITHIN GROUP (ORDER BY closed - created)
			   FROM nyc) AS disc
	   FROM (SELECT sla_agg(closed - created, interval '0') s FROM nyc) x,
			generate_series(0, 1, 0.01) q) p
	WHERE abs(extract(epoch FROM sketch - disc))
		  > 0.0099 * abs(extract(epoch FROM disc)) + 0.0000005)::int,
		  0, 'NYC: time-to-close percentiles are within the bound at 101 fractions');
SELECT is((SELECT count(*) FILTER (WHERE closed < created) FROM nyc)::int, 10,
		  'NYC: 10 requests were closed before they were opened');
SELECT ok((SELECT percentile(sla_agg(closed - created, interval '0'), 0) FROM nyc)
		  = (SELECT min(closed - created) FROM nyc),
		  'NYC: negative durations are counted and the minimum is exact');

-- Boston: every case is open, so closed_dt - open_dt is NULL everywhere
-- and sla_agg over it counts nothing (NULL), rather than counting open
-- cases as met.
CREATE TABLE boston_raw (c01 text, c02 text, c03 text, c04 text, c05 text,
	c06 text, c07 text, c08 text, c09 text, c10 text, c11 text, c12 text,
	c13 text, c14 text, c15 text, c16 text, c17 text, c18 text, c19 text,
	c20 text, c21 text, c22 text, c23 text, c24 text, c25 text, c26 text,
	c27 text, c28 text, c29 text, c30 text, c31 text);
COPY boston_raw FROM :'bostonfile' WITH (FORMAT csv, HEADER true);
CREATE TABLE boston AS
SELECT c02 AS case_id, c06 AS on_time,
	   c03::timestamp AT TIME ZONE 'America/New_York' AS opened,
	   c04::timestamp AT TIME ZONE 'America/New_York' AS sla_target,
	   nullif(c05, '')::timestamp AT TIME ZONE 'America/New_York' AS closed
  FROM boston_raw;

SELECT ok((SELECT sla_agg(closed - opened, sla_target - opened) FROM boston)
		  IS NULL, 'Boston: open cases with no closing time are not counted');

-- The flag is the compliance of the time open so far at the extraction
-- moment.  The data bounds that moment: after the last opening and after
-- every OVERDUE target, at or before every ONTIME target.  Take the last
-- opening, the earliest moment consistent with the data.
CREATE TABLE boston_extracted AS SELECT max(opened) AS at FROM boston;
SELECT ok((SELECT at FROM boston_extracted) >
		  (SELECT max(sla_target) FROM boston WHERE on_time = 'OVERDUE')
		  AND (SELECT at FROM boston_extracted) <=
		  (SELECT min(sla_target) FROM boston WHERE on_time = 'ONTIME'),
		  'Boston: the last opening lies between the OVERDUE and the ONTIME targets');
SELECT is((SELECT met(s) || ' met, ' || breached(s) || ' breached'
			 FROM (SELECT sla_agg(e.at - opened, sla_target - opened) s
					 FROM boston, boston_extracted e) x),
		  '156 met, 2268 breached',
		  'Boston: compliance at the extraction moment gives 156 ONTIME and 2,268 OVERDUE (PROVENANCE)');
SELECT is((SELECT count(*) FROM
			(SELECT b.case_id, b.on_time,
					met(sla_agg(e.at - b.opened, b.sla_target - b.opened)) AS met
			   FROM boston b, boston_extracted e
			  GROUP BY b.case_id, b.on_time) x
			WHERE (on_time = 'ONTIME') <> (met = 1))::int,
		  0, 'Boston: every case''s flag agrees with its own summary');

SELECT * FROM finish();
ROLLBACK;
