-- weighted_score as a moving-window aggregate.  Its inverse transition
-- removes a row from exact sums, so every frame gives the same bits as
-- computing the frame on its own; a float8 running sum would not (after a
-- weight of 1e20 leaves the frame, the small weights it swamped are gone).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;

CREATE TEMP TABLE moving (i int PRIMARY KEY, s float8, w float8);
INSERT INTO moving VALUES
 (1, 10, 1e20), (2, 20, 1), (3, 30, 0.1), (4, NULL, 5), (5, 50, NULL),
 (6, 60, 0), (7, 70, 0), (8, 80, 0), (9, 90, 3), (10, 1e-5, 1e-30),
 (11, 55, 2), (12, 45, 2), (13, NULL, NULL), (14, 33.3, 0.7);
INSERT INTO moving
SELECT i, (i * 37 % 101)::float8 / 3, power(10::float8, (i % 13) - 6)
  FROM generate_series(15, 400) i;

-- the moving frame against each frame computed as a plain aggregate
CREATE TEMP TABLE framed AS
SELECT m.i,
       weighted_score(m.s, m.w) OVER (ORDER BY m.i
                                      ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)
           AS moving,
       (SELECT weighted_score(f.s, f.w) FROM moving f
         WHERE f.i BETWEEN m.i - 2 AND m.i) AS whole
  FROM moving m;
SELECT count(*) AS frames,
       count(*) FILTER (WHERE moving IS NOT DISTINCT FROM whole) AS identical,
       count(*) FILTER (WHERE moving IS NULL) AS null_frames
  FROM framed;
-- the first frames by hand: 1..3 is dominated by the 1e20 weight
-- (10 to the last bit); 2..4: (20 + 3) / 1.1; 4..6: nothing with both
-- values but a zero weight -> NULL; 6..8: all weights zero -> NULL
SELECT i, moving FROM framed WHERE i IN (3, 4, 6, 8, 9) ORDER BY i;

-- a frame that also grows and shrinks at the front (RANGE with offsets)
SELECT count(*) AS frames,
       count(*) FILTER (WHERE moving IS NOT DISTINCT FROM whole) AS identical
  FROM (SELECT m.i,
               weighted_score(m.s, m.w) OVER (ORDER BY m.i RANGE BETWEEN
                                              3 PRECEDING AND 2 FOLLOWING)
                   AS moving,
               (SELECT weighted_score(f.s, f.w) FROM moving f
                 WHERE f.i BETWEEN m.i - 3 AND m.i + 2) AS whole
          FROM moving m) r;

-- a running total per partition equals the aggregate of the prefix
SELECT bool_and(running IS NOT DISTINCT FROM prefix) AS running_matches
  FROM (SELECT m.i,
               weighted_score(m.s, m.w) OVER (PARTITION BY m.i % 3
                                              ORDER BY m.i) AS running,
               (SELECT weighted_score(f.s, f.w) FROM moving f
                 WHERE f.i % 3 = m.i % 3 AND f.i <= m.i) AS prefix
          FROM moving m) r;

-- a negative weight entering the frame is an error
SELECT weighted_score(s, w) OVER (ORDER BY i ROWS 1 PRECEDING)
  FROM (VALUES (1, 50.0::float8, 1.0::float8), (2, 40, -2)) v(i, s, w);
