-- sla_agg and rollup(sla_summary) over sliding window frames: the README
-- examples, checked by hand and against each frame aggregated on its own.
SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS svcindex; RESET client_min_messages;
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, MDY';
SET IntervalStyle = 'postgres';

CREATE TEMP TABLE requests (opened timestamptz, closed timestamptz, due timestamptz);
INSERT INTO requests VALUES
  ('2024-03-01 09:00', '2024-03-01 09:40', '2024-03-01 10:00'),  -- 40 min, met
  ('2024-03-01 10:00', '2024-03-01 11:00', '2024-03-01 11:00'),  -- 1 h, exactly at the target: met
  ('2024-03-01 11:00', '2024-03-01 14:30', '2024-03-01 12:00'),  -- 3 h 30 min, breached
  ('2024-03-02 09:00', NULL,               '2024-03-02 10:00');  -- still open

-- By hand: {40 min}, {40 min, 1 h}, {1 h, 3 h 30 min}, {3 h 30 min} (the
-- open request skipped); the last two frames lose their minimum, so
-- PostgreSQL computes them afresh.
SELECT opened::date AS day, total(s), compliance(s), mean(s),
       percentile(s, 1) AS slowest
  FROM (SELECT opened,
               sla_agg(closed - opened, due - opened)
                 OVER (ORDER BY opened ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) s
          FROM requests) x
 ORDER BY opened;

-- The same frames aggregated on their own give the same summaries.
SELECT count(*) AS frames,
       count(*) FILTER (WHERE m.s::text = f.s::text) AS identical
  FROM (SELECT opened,
               sla_agg(closed - opened, due - opened)
                 OVER (ORDER BY opened ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) s
          FROM requests) m,
       LATERAL (SELECT sla_agg(r.closed - r.opened, r.due - r.opened) s
                  FROM (SELECT *, row_number() OVER (ORDER BY opened) n
                          FROM requests) r
                 WHERE r.n BETWEEN (SELECT count(*) FROM requests q
                                     WHERE q.opened <= m.opened) - 1
                               AND (SELECT count(*) FROM requests q
                                     WHERE q.opened <= m.opened)) f;

-- rollup over the daily summaries of the last two days; the second day has
-- only the open request, so its summary is NULL and skipped.
SELECT day, total(s), compliance(s)
  FROM (SELECT day, rollup(s) OVER (ORDER BY day ROWS 1 PRECEDING) s
          FROM (SELECT opened::date AS day,
                       sla_agg(closed - opened, due - opened) s
                  FROM requests GROUP BY 1) daily) x
 ORDER BY day;
