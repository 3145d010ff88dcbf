-- Installing svcindex: into a non-public schema, and the rules that every
-- object of the extension follows.  Each check lists the objects that break
-- a rule, so the expected output is empty lists.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS svcindex CASCADE;
RESET client_min_messages;
CREATE SCHEMA reporting;
CREATE EXTENSION svcindex SCHEMA reporting;

CREATE VIEW svcindex_member AS
SELECT d.classid, d.objid, o.type, o.schema, o.identity
  FROM pg_catalog.pg_depend d
  CROSS JOIN LATERAL pg_catalog.pg_identify_object(d.classid, d.objid, 0) o
 WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
   AND d.refobjid = (SELECT oid FROM pg_catalog.pg_extension
                      WHERE extname = 'svcindex')
   AND d.deptype = 'e';

-- every object lives in the schema named at CREATE EXTENSION
SELECT type, identity FROM svcindex_member
 WHERE schema IS NOT NULL AND schema <> 'reporting'
 ORDER BY 1, 2;

-- every object has a comment
SELECT type, identity FROM svcindex_member m
 WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_description c
                    WHERE c.objoid = m.objid AND c.classoid = m.classid
                      AND c.objsubid = 0)
 ORDER BY 1, 2;

-- every function is parallel safe
SELECT identity FROM svcindex_member m
  JOIN pg_catalog.pg_proc p ON p.oid = m.objid
 WHERE m.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
   AND p.proparallel <> 's'
 ORDER BY 1;

-- every plain aggregate can be split across workers: a combine function,
-- and serialise / deserialise functions when the state is internal
SELECT identity FROM svcindex_member m
  JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = m.objid
 WHERE a.aggkind = 'n'
   AND (a.aggcombinefn = 0
        OR (a.aggtranstype = 'pg_catalog.internal'::pg_catalog.regtype
            AND (a.aggserialfn = 0 OR a.aggdeserialfn = 0)))
 ORDER BY 1;

-- SQL-language functions do not resolve names through the caller's
-- search_path: their bodies are parsed at creation (RETURN or BEGIN ATOMIC)
-- or they pin search_path
SELECT identity FROM svcindex_member m
  JOIN pg_catalog.pg_proc p ON p.oid = m.objid
 WHERE p.prolang = (SELECT oid FROM pg_catalog.pg_language
                     WHERE lanname = 'sql')
   AND p.prosqlbody IS NULL
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.unnest(p.proconfig) c
                    WHERE c LIKE 'search_path=%')
 ORDER BY 1;

-- the extension cannot be moved once installed, since its scripts name
-- their own schema
ALTER EXTENSION svcindex SET SCHEMA public;

DROP VIEW svcindex_member;
DROP EXTENSION svcindex;
DROP SCHEMA reporting;

-- installing twice into the same database is refused
CREATE EXTENSION svcindex;
CREATE EXTENSION svcindex SCHEMA pg_catalog;
