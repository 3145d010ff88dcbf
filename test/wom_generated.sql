-- Word of mouth on generated data: summaries rolled up from days equal
-- the direct result, the binary form round-trips through COPY, and the
-- standard error and intervals equal their formulas written in SQL.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off

BEGIN;
CREATE EXTENSION pgtap;
CREATE EXTENSION svcindex;
SELECT plan(12);

-- 60,000 answers over 360 days, one in 11 NULL
CREATE TABLE wom_survey AS
SELECT i, i % 360 AS day,
       CASE WHEN i % 11 = 0 THEN NULL ELSE (i * 7919) % 11 END AS score,
       CASE WHEN i % 7 = 0 THEN NULL ELSE 1 + (i * 31) % 5 END AS rating,
       ((i * 13) % 8 + 1) * 0.5 AS weight
  FROM generate_series(1, 60000) i;

CREATE TABLE wom_day AS
SELECT day, nps_agg(score) AS nps, nps_agg(score, weight) AS weighted,
       rating_agg(rating, 1, 5) AS rating
  FROM wom_survey GROUP BY day;

-- Months of 30 days: rollup of the daily summaries equals the summary
-- taken directly from the answers.
SELECT is((SELECT count(*) FROM (
               SELECT day / 30 AS month, rollup(nps)::text AS rolled,
                      rollup(weighted)::text AS rolled_weighted,
                      rollup(rating)::text AS rolled_rating
                 FROM wom_day GROUP BY 1) r
             JOIN (SELECT day / 30 AS month, nps_agg(score)::text AS direct,
                          nps_agg(score, weight)::text AS direct_weighted,
                          rating_agg(rating, 1, 5)::text AS direct_rating
                     FROM wom_survey GROUP BY 1) d USING (month)
            WHERE rolled = direct AND rolled_weighted = direct_weighted
              AND rolled_rating = direct_rating),
          12::bigint, 'twelve monthly rollups equal the direct summaries');
SELECT is((SELECT nps(rollup(nps)) FROM wom_day),
          (SELECT nps(score) FROM wom_survey),
          'the yearly rollup gives the direct NPS');

-- Binary send / receive: COPY the summaries out and back in binary.
CREATE TABLE wom_day_copy (LIKE wom_day);
DO $$
DECLARE
    path text := format('/tmp/svcindex_wom_%s.bin', pg_backend_pid());
BEGIN
    EXECUTE format('COPY wom_day TO %L WITH (FORMAT binary)', path);
    EXECUTE format('COPY wom_day_copy FROM PROGRAM %L WITH (FORMAT binary)',
                   format('cat %s && rm -f %s', path, path));
END
$$;
SELECT is((SELECT count(*) FROM wom_day d JOIN wom_day_copy c USING (day)
            WHERE d.nps::text = c.nps::text
              AND d.weighted::text = c.weighted::text
              AND d.rating::text = c.rating::text),
          360::bigint, 'summaries survive COPY BINARY unchanged');
SELECT is((SELECT nps_summary_send(nps) FROM wom_day WHERE day = 7),
          (SELECT nps_summary_send(nps) FROM wom_day_copy WHERE day = 7),
          'the binary form is the same after the round trip');

-- The statistics against their formulas, per day, in plain SQL:
-- p, d shares; var = p + d - (p - d)^2; SE = 100 sqrt(var / n).
CREATE TABLE wom_formula AS
SELECT day, n, p, d, 100 * sqrt((p + d - (p - d) ^ 2) / n) AS se
  FROM (SELECT day, count(score)::float8 AS n,
               count(*) FILTER (WHERE score >= 9) / count(score)::float8 AS p,
               count(*) FILTER (WHERE score <= 6) / count(score)::float8 AS d
          FROM wom_survey GROUP BY day) x;

SELECT is((SELECT count(*) FROM wom_day JOIN wom_formula f USING (day)
            WHERE abs(nps(nps) - 100 * (f.p - f.d)) > 1e-9),
          0::bigint, 'NPS equals 100 (p - d) every day');
SELECT is((SELECT count(*) FROM wom_day JOIN wom_formula f USING (day)
            WHERE abs(nps_stderr(nps) - f.se) > 1e-9),
          0::bigint, 'standard error equals its formula every day');
SELECT is((SELECT count(*) FROM wom_day JOIN wom_formula f USING (day),
                  LATERAL nps_interval(nps, 0.9) w
            WHERE abs(w.low - (100 * (f.p - f.d) - 1.6448536269514726 * f.se)) > 1e-9
               OR abs(w.high - (100 * (f.p - f.d) + 1.6448536269514726 * f.se)) > 1e-9),
          0::bigint, '90% Wald interval equals its formula every day');
-- adjusted Wald: counts + 0.75 / 1.5 / 0.75, n + 3
SELECT is((SELECT count(*) FROM wom_day JOIN wom_formula f USING (day),
                  LATERAL (SELECT (f.p * f.n + 0.75) / (f.n + 3) AS pa,
                                  (f.d * f.n + 0.75) / (f.n + 3) AS da) a,
                  LATERAL nps_interval(nps, 0.95, 'adjusted-wald') w
            WHERE abs((w.low + w.high) / 2 - 100 * (a.pa - a.da)) > 1e-9
               OR abs((w.high - w.low) / 2
                      - 1.9599639845400536 * 100
                        * sqrt((a.pa + a.da - (a.pa - a.da) ^ 2) / (f.n + 3))) > 1e-9),
          0::bigint, 'adjusted Wald interval equals its formula every day');
-- two-sample test between consecutive days
SELECT is((SELECT count(*) FROM wom_day a JOIN wom_day b ON b.day = a.day + 1
                  JOIN wom_formula fa ON fa.day = a.day
                  JOIN wom_formula fb ON fb.day = b.day,
                  LATERAL nps_test(a.nps, b.nps) t
            WHERE abs(t.z - 100 * ((fa.p - fa.d) - (fb.p - fb.d))
                            / sqrt(fa.se ^ 2 + fb.se ^ 2)) > 1e-9
               OR abs(t.difference - 100 * ((fa.p - fa.d) - (fb.p - fb.d))) > 1e-9),
          0::bigint, 'two-sample z equals its formula for every pair of days');

-- Weighted: Kish's effective sample size (sum w)^2 / sum w^2 and the
-- weighted shares, in plain SQL.
SELECT is((SELECT count(*) FROM wom_day JOIN (
               SELECT day,
                      sum(weight) ^ 2 / sum(weight ^ 2) AS n_eff,
                      100 * (sum(weight) FILTER (WHERE score >= 9)
                             - sum(weight) FILTER (WHERE score <= 6))
                          / sum(weight) AS score
                 FROM wom_survey WHERE score IS NOT NULL GROUP BY day) w
             USING (day)
            WHERE abs(effective_responses(weighted) - w.n_eff) > 1e-9
               OR abs(nps(weighted) - w.score) > 1e-9),
          0::bigint, 'weighted NPS and effective sample size equal plain SQL');

-- Ratings against plain SQL every day.
SELECT is((SELECT count(*) FROM wom_day JOIN (
               SELECT day, avg(rating)::float8 AS mean,
                      stddev_samp(rating)::float8 AS sd,
                      percentile_cont(0.5) WITHIN GROUP (ORDER BY rating) AS median,
                      100.0 * count(*) FILTER (WHERE rating >= 4) / count(rating) AS top2
                 FROM wom_survey GROUP BY day) r USING (day)
            WHERE abs(mean(rating) - r.mean) > 1e-12
               OR abs(stddev(rating) - r.sd) > 1e-12
               OR median(rating) <> r.median
               OR abs(top_box(rating, 2) - r.top2) > 1e-12),
          0::bigint, 'rating mean, stddev, median and top-2-box equal plain SQL');
SELECT is((SELECT count(*) FROM wom_day
            WHERE abs(normalised_score(rating) - (mean(rating) - 1) / 4 * 100) > 1e-12),
          0::bigint, 'normalised score is (mean - low) / (high - low) x 100');

SELECT * FROM finish();
ROLLBACK;
