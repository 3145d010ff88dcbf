-- Normalisation to the 0-100 score scale: linear, target band, ratings.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS svcindex;
RESET client_min_messages;

-- linear, higher is better: worst 10 -> 0, best 30 -> 100
SELECT v, normalise_linear(v, 10, 30) FROM unnest(ARRAY[10, 15, 20, 30]) v;
-- linear, lower is better (worst above best): 60 minutes -> 0, 0 -> 100
SELECT v, normalise_linear(v, 60, 0) FROM unnest(ARRAY[0, 15, 45, 60]) v;
-- clamped outside the range, on both sides and in both orders
SELECT normalise_linear(5, 10, 30), normalise_linear(35, 10, 30),
       normalise_linear(-5, 60, 0), normalise_linear(75, 60, 0);
-- worst = best: the value equal to both gets the documented 100
SELECT normalise_linear(7, 7, 7);
-- worst = best and another value: no scale to read it on
SELECT normalise_linear(8, 7, 7);
-- non-finite input is an error, never NaN out
SELECT normalise_linear('NaN', 0, 10);
SELECT normalise_linear(5, 'NaN', 10);
SELECT normalise_linear(5, 0, 'Infinity');
-- NULL in, NULL out
SELECT normalise_linear(NULL, 0, 10) IS NULL AS is_null;

-- target band [5, 10] minutes with tolerance 4: 100 inside,
-- 3 under -> 1 - 2/4 = 50, 12 -> 1 - 2/4 = 50, 13 -> 25, 14 and beyond -> 0
SELECT v, normalise_band(v, 5, 10, 4)
  FROM unnest(ARRAY[0, 1, 3, 5, 7.5, 10, 12, 13, 14, 20]) v;
-- asymmetric tolerances: 2 below, 10 above
SELECT normalise_band(4, 5, 10, 2), normalise_band(15, 5, 10, 2, 10),
       normalise_band(3, 5, 10, 2, 10), normalise_band(20, 5, 10, 2, 10);
-- a band of one point
SELECT normalise_band(5, 5, 5, 1), normalise_band(5.5, 5, 5, 1);
-- bad bands
SELECT normalise_band(5, 10, 5, 1);
SELECT normalise_band(5, 5, 10, 0);
SELECT normalise_band(5, 5, 10, 1, -1);
SELECT normalise_band('NaN', 5, 10, 1);

-- rating scales: 1-5 -> (r - 1) / 4 * 100; 0-10 -> r * 10
SELECT r, normalise_rating(r, 1, 5) FROM generate_series(1, 5) r;
SELECT normalise_rating(0, 0, 10), normalise_rating(7, 0, 10),
       normalise_rating(10, 0, 10);
-- off the scale is an error, not clamped
SELECT normalise_rating(6, 1, 5);
SELECT normalise_rating(0, 1, 5);
SELECT normalise_rating(3, 5, 1);
SELECT normalise_rating(3, 1, 1);
SELECT normalise_rating('NaN', 1, 5);
