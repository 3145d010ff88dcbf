-- Business days against an independent plain-SQL model on random
-- calendars in zones whose clocks jump: New York, Berlin, Lord Howe (half
-- an hour), Apia (the skipped 30 December 2011), Sao Paulo (a jump at
-- midnight), Casablanca (two changes a month apart) and UTC.  Calendars
-- mix overnight intervals, whole days, intervals inside or across the
-- gaps, holidays, shifts and breaks (some covering a whole interval, some
-- cutting an overnight one at midnight).  The model reads local times as
-- the calendar does (a time that does not exist is the instant the clocks
-- jump, an ambiguous one its first occurrence: the earliest instant whose
-- local time is at or after it), builds each date's working pieces with
-- multiranges, and counts and steps over them; starts are at openings,
-- closings, inside breaks, in gaps and in both occurrences of repeated
-- times.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off

BEGIN;
CREATE EXTENSION pgtap;
CREATE EXTENSION svcindex;
SELECT plan(9);
SET TimeZone = 'UTC';

-- The model: local time of an instant; the earliest instant whose local
-- time is at or after a local time (its occurrence, or the jump over it).
CREATE FUNCTION o_local(t timestamptz, tz text) RETURNS timestamp
LANGUAGE sql IMMUTABLE RETURN t AT TIME ZONE tz;

-- min t such that local(t) >= l
CREATE FUNCTION o_instant(l timestamp, tz text) RETURNS timestamptz
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  x timestamptz := l AT TIME ZONE tz;
  best timestamptz := NULL;
  h timestamptz; prev timestamptz; lo timestamptz; hi timestamptz; mid timestamptz;
  off interval; c timestamptz;
BEGIN
  IF o_local(x, tz) = l AND o_local(x - interval '26 hours', tz) - ((x - interval '26 hours') AT TIME ZONE 'UTC') = o_local(x + interval '26 hours', tz) - ((x + interval '26 hours') AT TIME ZONE 'UTC') THEN
    RETURN x;
  END IF;
  prev := NULL;
  FOR h IN SELECT g FROM generate_series(x - interval '40 hours', x + interval '40 hours', interval '15 minutes') g LOOP
    -- candidate L - offset(h)
    off := o_local(h, tz) - (h AT TIME ZONE 'UTC');
    c := (l - off) AT TIME ZONE 'UTC';
    IF o_local(c, tz) = l AND (best IS NULL OR c < best) THEN best := c; END IF;
    IF prev IS NOT NULL AND o_local(h, tz) - (h AT TIME ZONE 'UTC') <> o_local(prev, tz) - (prev AT TIME ZONE 'UTC') THEN
      -- a transition in (prev, h]: bisect to the microsecond-level second
      lo := prev; hi := h;
      WHILE hi - lo > interval '1 second' LOOP
        mid := lo + (hi - lo) / 2;
        mid := date_trunc('second', mid);
        IF mid <= lo THEN mid := lo + interval '1 second'; END IF;
        IF o_local(mid, tz) - (mid AT TIME ZONE 'UTC') = o_local(lo, tz) - (lo AT TIME ZONE 'UTC') THEN lo := mid; ELSE hi := mid; END IF;
      END LOOP;
      IF o_local(hi, tz) >= l AND o_local(hi - interval '1 microsecond', tz) < l AND (best IS NULL OR hi < best) THEN best := hi; END IF;
    END IF;
    prev := h;
  END LOOP;
  RETURN best;
END $$;

-- the working pieces of date d, as local timestamp ranges, and as instants
CREATE FUNCTION o_raw_pieces(doc jsonb, d date) RETURNS SETOF tsrange LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  tz text := doc->>'tz';
  key text := to_char(d, 'YYYY-MM-DD');
  wins jsonb; w jsonb; m tsmultirange := '{}'; br tsmultirange := '{}';
  a interval; b interval;
BEGIN
  IF doc->'shifts' ? key THEN wins := doc->'shifts'->key;
  ELSIF coalesce(doc->'holidays', '[]') @> to_jsonb(key) THEN wins := '[]';
  ELSE wins := coalesce(doc->'hours'->(ARRAY['mon','tue','wed','thu','fri','sat','sun'])[extract(isodow FROM d)::int], '[]');
  END IF;
  FOR w IN SELECT jsonb_array_elements(wins) LOOP
    a := (w->>0)::interval; b := (w->>1)::interval;
    IF b <= a THEN b := b + interval '24 hours'; END IF;
    m := m + tsmultirange(tsrange(d + a, d + b));
  END LOOP;
  FOR w IN SELECT jsonb_array_elements(coalesce(doc->'breaks'->key, '[]')) LOOP
    a := (w->>0)::interval; b := (w->>1)::interval;
    IF b <= a THEN b := b + interval '24 hours'; END IF;
    br := br + tsmultirange(tsrange(d + a, d + b));
  END LOOP;
  RETURN QUERY SELECT unnest(m - br);
END $$;

-- a piece belongs to the date it starts on, after breaks
CREATE FUNCTION o_pieces(doc jsonb, d date, OUT ls timestamp, OUT le timestamp, OUT s timestamptz, OUT e timestamptz)
RETURNS SETOF record LANGUAGE sql IMMUTABLE BEGIN ATOMIC
  SELECT * FROM (SELECT lower(r), upper(r), o_instant(lower(r), doc->>'tz') AS s, o_instant(upper(r), doc->>'tz') AS e
    FROM (SELECT r FROM o_raw_pieces(doc, d) r WHERE lower(r) < d + 1
          UNION ALL SELECT r FROM o_raw_pieces(doc, d - 1) r WHERE lower(r) >= d) x) y WHERE s < e;
END;

CREATE FUNCTION o_is_business(doc jsonb, d date) RETURNS boolean
LANGUAGE sql IMMUTABLE RETURN EXISTS (SELECT 1 FROM o_pieces(doc, d));


-- Random calendar documents around a date where the zone's clocks change.
CREATE FUNCTION o_pattern(i int) RETURNS jsonb LANGUAGE sql IMMUTABLE RETURN (ARRAY[
  '[["09:00","17:00"]]', '[["08:00","12:00"],["13:00","17:30"]]', '[["22:00","05:00"]]',
  '[["02:00","02:30"]]', '[["02:05","02:25"],["10:00","11:00"]]', '[["01:45","02:15"]]',
  '[["00:00","24:00"]]', '[["23:00","23:30"]]', '[["00:00","00:00"]]', '[["01:00","02:30"],["03:00","05:00"]]',
  '[["02:00","03:00"]]', '[["00:00","01:00"],["23:00","24:00"]]',
  '[["00:00","00:30"]]', '[["23:30","00:30"]]', '[["00:10","00:50"],["12:00","13:00"]]'
]::jsonb[])[i];
CREATE FUNCTION o_random_doc(tz text, base date) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE doc jsonb; hours jsonb := '{}'; hol jsonb := '[]'; sh jsonb := '{}'; br jsonb := '{}'; d date; k text;
BEGIN
  FOR w IN 1..7 LOOP
    IF random() < 0.6 THEN
      hours := hours || jsonb_build_object((ARRAY['mon','tue','wed','thu','fri','sat','sun'])[w], o_pattern(1 + floor(random()*15)::int));
    END IF;
  END LOOP;
  FOR i IN -45..45 LOOP
    d := base + i; k := to_char(d, 'YYYY-MM-DD');
    IF random() < 0.08 THEN hol := hol || to_jsonb(k);
    ELSIF random() < 0.1 THEN sh := sh || jsonb_build_object(k, o_pattern(1 + floor(random()*15)::int));
    ELSIF random() < 0.1 THEN br := br || jsonb_build_object(k, (ARRAY['[["00:00","24:00"]]', '[["12:00","13:00"]]', '[["21:00","06:00"]]', '[["02:00","03:00"]]', '[["08:00","17:30"]]']::jsonb[])[1 + floor(random()*5)::int]);
    END IF;
  END LOOP;
  RETURN jsonb_build_object('tz', tz, 'hours', hours, 'holidays', hol, 'shifts', sh, 'breaks', br);
END $$;

SELECT setseed(0.37);
CREATE TABLE zones (tz text, base date);
INSERT INTO zones VALUES ('America/New_York', '2025-03-09'), ('America/New_York', '2025-11-02'),
  ('Europe/Berlin', '2025-03-30'), ('Australia/Lord_Howe', '2025-04-06'), ('Australia/Lord_Howe', '2025-10-05'),
  ('Pacific/Apia', '2011-12-30'), ('America/Sao_Paulo', '2018-11-04'), ('Africa/Casablanca', '2025-03-01'),
  ('UTC', '2025-06-01');
CREATE TABLE cases AS
SELECT row_number() OVER () AS id, z.tz, z.base, o_random_doc(z.tz, z.base) AS doc
  FROM zones z, generate_series(1, 8) r;
ALTER TABLE cases ADD cal business_calendar;
-- documents the parser refuses (overlaps, a night interval running into
-- the next day's hours) are left out
DO $$
DECLARE c record;
BEGIN
  FOR c IN SELECT * FROM cases LOOP
    BEGIN
      UPDATE cases SET cal = c.doc::text::business_calendar WHERE id = c.id;
    EXCEPTION WHEN invalid_parameter_value THEN NULL;
    END;
  END LOOP;
END
$$;
DELETE FROM cases WHERE cal IS NULL;

-- Each date's working pieces, 60 days either side of the change.
CREATE TABLE pieces AS
SELECT c.id, d::date AS day, p.*
  FROM cases c, generate_series(c.base - 60, c.base + 60, interval '1 day') d,
       o_pieces(c.doc, d::date) p;
CREATE TABLE flags AS
SELECT c.id, d::date AS day, EXISTS (SELECT FROM pieces p WHERE p.id = c.id AND p.day = d::date) AS biz
  FROM cases c, generate_series(c.base - 60, c.base + 60, interval '1 day') d;

SELECT cmp_ok((SELECT count(*) FROM cases), '>=', 30::bigint, 'at least 30 random calendars are valid');
SELECT cmp_ok((SELECT count(*) FROM flags f JOIN cases c USING (id)
                WHERE NOT f.biz AND EXISTS (SELECT FROM o_raw_pieces(c.doc, f.day) r WHERE lower(r) < f.day + 1)),
              '>', 0::bigint, 'some dates have intervals that all collapse in a gap or a skipped day');

-- Counts from 60 days before the change to every date, both ways.
SELECT is_empty($$
  SELECT f.id, f.day
    FROM flags f JOIN cases c USING (id)
   WHERE business_days(c.cal, c.base - 60, f.day + 1)
           <> (SELECT count(*) FILTER (WHERE g.biz) FROM flags g WHERE g.id = f.id AND g.day <= f.day)
      OR business_days(c.cal, f.day + 1, c.base - 60)
           <> -(SELECT count(*) FILTER (WHERE g.biz) FROM flags g WHERE g.id = f.id AND g.day <= f.day)$$,
  'business_days equals the model''s count of business dates on every date, and its negation reversed');

-- Steps from local times at and around openings, closings, breaks and
-- gaps, both occurrences of repeated times, and odd seconds.
CREATE TABLE steps AS
SELECT c.id, c.tz, s.st, n
  FROM cases c,
       LATERAL (SELECT o_instant(c.base + (floor(random() * 30) - 15)::int + t, c.tz) AS st
                  FROM unnest('{00:00,00:30,01:00,01:30,02:00,02:15,02:30,03:00,05:00,08:00,09:00,12:00,12:30,13:00,17:00,17:30,22:00,23:00,23:30,10:47:13}'::interval[]) t
                 WHERE random() < 0.4) s,
       unnest('{-5,-2,-1,0,1,2,5}'::int[]) n;
-- and steps of one date onto the day of the change, at the times it skips
-- or repeats
INSERT INTO steps
SELECT c.id, c.tz, o_instant(c.base + k + t, c.tz), n
  FROM cases c, unnest('{-7,-1,1,7}'::int[]) k,
       unnest('{01:00,01:15,01:30,01:45,02:00,02:15,02:30,02:45}'::interval[]) t,
       unnest('{-1,1}'::int[]) n;
INSERT INTO steps
SELECT id, tz, st + shift, n
  FROM steps, unnest('{00:30,01:00}'::interval[]) shift
 WHERE o_local(st + shift, tz) = o_local(st, tz);
ALTER TABLE steps ADD reached date, ADD at timestamptz, ADD want timestamptz;
UPDATE steps s SET reached = CASE
    WHEN n > 0 THEN (SELECT day FROM flags f WHERE f.id = s.id AND f.biz AND f.day > o_local(s.st, s.tz)::date ORDER BY day OFFSET n - 1 LIMIT 1)
    WHEN n < 0 THEN (SELECT day FROM flags f WHERE f.id = s.id AND f.biz AND f.day < o_local(s.st, s.tz)::date ORDER BY day DESC OFFSET -n - 1 LIMIT 1)
    ELSE o_local(s.st, s.tz)::date END;
UPDATE steps s SET at = o_instant(reached + (o_local(st, tz) - o_local(st, tz)::date), tz);
UPDATE steps s SET want = CASE
    WHEN n >= 0 THEN (SELECT greatest(p.s, s.at) FROM pieces p WHERE p.id = s.id AND p.e > s.at ORDER BY p.s LIMIT 1)
    WHEN EXISTS (SELECT FROM pieces p WHERE p.id = s.id AND p.s <= s.at AND p.e > s.at) THEN s.at
    ELSE (SELECT p.e FROM pieces p WHERE p.id = s.id AND p.s < s.at ORDER BY p.s DESC LIMIT 1) END;
-- compared where the model's date and answer lie well inside its 121 days
DELETE FROM steps s USING cases c
 WHERE c.id = s.id AND (s.reached IS NULL OR s.want IS NULL
        OR s.reached NOT BETWEEN c.base - 50 AND c.base + 50
        OR o_local(s.want, s.tz)::date NOT BETWEEN c.base - 50 AND c.base + 50);

SELECT cmp_ok((SELECT count(*) FROM steps), '>', 1000::bigint, 'over a thousand steps are compared');
SELECT cmp_ok((SELECT count(*) FROM steps WHERE o_local(at, tz) <> reached + (o_local(st, tz) - o_local(st, tz)::date)),
              '>', 0::bigint, 'some steps reach a wall-clock time that does not exist on the date reached');
SELECT cmp_ok((SELECT count(*) FROM steps WHERE o_local(at, tz) = o_local(at + interval '30 minutes', tz)
                                            OR o_local(at, tz) = o_local(at + interval '1 hour', tz)),
              '>', 0::bigint, 'some steps reach a wall-clock time that occurs twice');
SELECT cmp_ok((SELECT count(*) FROM steps s JOIN cases c USING (id) WHERE NOT is_business_time(c.cal, s.at) AND n <> 0),
              '>', 100::bigint, 'many steps reach a moment outside working time and move on');
SELECT is_empty($$
  SELECT s.id, s.st, s.n, add_business_days(c.cal, s.st, s.n), s.want
    FROM steps s JOIN cases c USING (id)
   WHERE add_business_days(c.cal, s.st, s.n) IS DISTINCT FROM s.want$$,
  'add_business_days equals the model on every step');
SELECT is_empty($$
  SELECT s.id, s.st, s.n
    FROM steps s JOIN cases c USING (id)
   WHERE s.n > 0 AND business_days(c.cal, o_local(s.st, s.tz)::date + 1, s.reached + 1) <> s.n
      OR s.n < 0 AND business_days(c.cal, o_local(s.st, s.tz)::date, s.reached) <> s.n$$,
  'the date a step reaches is so many business dates away, as business_days counts them');

SELECT * FROM finish();
ROLLBACK;
