-- The scorecard's SLA and NPS figures per site and month (compliance, the
-- median and 90th percentile of resolution times, NPS), over 1 million
-- requests and 250 thousand answers: with svcindex summaries from the
-- facts, with the same summaries merged from daily rollup tables (the BI
-- cookbook's pattern), in plain SQL (count FILTER, percentile_disc), and
-- with the nearest peer for percentiles, the tdigest extension.  Ratios
-- are to the svcindex figure from the facts (ratio > 1: slower).
CREATE EXTENSION tdigest;
SELECT setseed(0.25);

CREATE TABLE request AS
SELECT i AS id, 1 + i % 20 AS site,
	   date '2025-01-01' + ((i::bigint * 7919) % 365)::int AS day,
	   interval '1 hour' * (0.5 + 8 * exp(random() * 2 - 1) * random()) AS elapsed,
	   interval '4 hours' * (1 + i % 6) AS target
  FROM generate_series(1, 1000000) i;

CREATE TABLE answer AS
SELECT i AS id, 1 + i % 20 AS site,
	   date '2025-01-01' + ((i::bigint * 7919) % 365)::int AS day,
	   least(10, floor(random() * 12))::int AS recommend
  FROM generate_series(1, 250000) i;
VACUUM ANALYZE request, answer;

-- The daily rollup tables, built once (what a nightly refresh keeps).
CREATE TABLE daily_request AS
SELECT site, day, sla_agg(elapsed, target) AS resolution
  FROM request GROUP BY site, day;
CREATE TABLE daily_answer AS
SELECT site, day, nps_agg(recommend) AS answers
  FROM answer GROUP BY site, day;
VACUUM ANALYZE daily_request, daily_answer;

\set from_facts 'SELECT r.site, r.month, compliance(r.s), percentile(r.s, 0.5) AS p50, percentile(r.s, 0.9) AS p90, nps(a.a) FROM (SELECT site, date_trunc(''month'', day) AS month, sla_agg(elapsed, target) AS s FROM request GROUP BY 1, 2) r JOIN (SELECT site, date_trunc(''month'', day) AS month, nps_agg(recommend) AS a FROM answer GROUP BY 1, 2) a USING (site, month)'
\set from_days 'SELECT r.site, r.month, compliance(r.s), percentile(r.s, 0.5) AS p50, percentile(r.s, 0.9) AS p90, nps(a.a) FROM (SELECT site, date_trunc(''month'', day) AS month, rollup(resolution) AS s FROM daily_request GROUP BY 1, 2) r JOIN (SELECT site, date_trunc(''month'', day) AS month, rollup(answers) AS a FROM daily_answer GROUP BY 1, 2) a USING (site, month)'
\set plain_sql 'SELECT r.site, r.month, r.compliance, r.p50, r.p90, a.nps FROM (SELECT site, date_trunc(''month'', day) AS month, avg((elapsed <= target)::int) AS compliance, percentile_disc(0.5) WITHIN GROUP (ORDER BY elapsed) AS p50, percentile_disc(0.9) WITHIN GROUP (ORDER BY elapsed) AS p90 FROM request GROUP BY 1, 2) r JOIN (SELECT site, date_trunc(''month'', day) AS month, 100.0 * (count(*) FILTER (WHERE recommend >= 9) - count(*) FILTER (WHERE recommend <= 6)) / count(*) AS nps FROM answer GROUP BY 1, 2) a USING (site, month)'
\set tdigest_peer 'SELECT r.site, r.month, r.compliance, r.p50, r.p90, a.nps FROM (SELECT site, date_trunc(''month'', day) AS month, avg((elapsed <= target)::int) AS compliance, tdigest_percentile(extract(epoch FROM elapsed)::float8, 100, 0.5) AS p50, tdigest_percentile(extract(epoch FROM elapsed)::float8, 100, 0.9) AS p90 FROM request GROUP BY 1, 2) r JOIN (SELECT site, date_trunc(''month'', day) AS month, 100.0 * (count(*) FILTER (WHERE recommend >= 9) - count(*) FILTER (WHERE recommend <= 6)) / count(*) AS nps FROM answer GROUP BY 1, 2) a USING (site, month)'

-- The four ways agree: the same compliance and NPS, percentiles within
-- 1 % of percentile_disc.
SELECT count(*) AS months,
	   count(*) FILTER (WHERE f.compliance = d.compliance
							AND f.compliance = p.compliance::float8
							AND abs(f.nps - p.nps::float8) < 1e-9
							AND f.nps = d.nps) AS figures_equal,
	   max(greatest(abs(extract(epoch FROM f.p50 - p.p50) / extract(epoch FROM p.p50)),
					abs(extract(epoch FROM f.p90 - p.p90) / extract(epoch FROM p.p90))))
		   AS max_relative_error_svcindex,
	   max(greatest(abs(t.p50 - extract(epoch FROM p.p50)) / extract(epoch FROM p.p50),
					abs(t.p90 - extract(epoch FROM p.p90)) / extract(epoch FROM p.p90)))
		   AS max_relative_error_tdigest
  FROM (:from_facts) f
  JOIN (:from_days) d USING (site, month)
  JOIN (:plain_sql) p USING (site, month)
  JOIN (:tdigest_peer) t USING (site, month);

SELECT bench_time('demo', 'svcindex summaries from the facts', :'from_facts', 3);
SELECT bench_time('demo', 'svcindex summaries merged from daily rollups', :'from_days', 3);
SELECT bench_time('demo', 'plain SQL (count FILTER, percentile_disc)', :'plain_sql', 3);
SELECT bench_time('demo', 'tdigest peer for the percentiles', :'tdigest_peer', 3);
SELECT * FROM bench_report('demo', 'svcindex summaries from the facts');
