-- The install script itself: every object it creates is named in
-- @extschema@, and nothing that a user could have planted first is
-- replaced or silently reused.  Each check lists the offending lines.
CREATE TEMP TABLE script_line AS
SELECT f.file, n AS line_no, line
  FROM (SELECT (SELECT setting FROM pg_catalog.pg_config
                 WHERE name = 'SHAREDIR') || '/extension' AS dir) d,
       LATERAL pg_catalog.pg_ls_dir(d.dir) AS f(file),
       LATERAL pg_catalog.regexp_split_to_table(
         pg_catalog.pg_read_file(d.dir || '/' || f.file), E'\n')
         WITH ORDINALITY AS s(line, n)
 WHERE f.file ~ '^svcindex--.*\.sql$';

-- the install script of the default version, and every other script
SELECT count(DISTINCT file) FILTER (
         WHERE file = 'svcindex--' || (SELECT default_version
                                        FROM pg_catalog.pg_available_extensions
                                       WHERE name = 'svcindex') || '.sql')
         AS default_script,
       count(DISTINCT file) > 1 AS older_and_update_scripts
  FROM script_line;

-- the script is there and not empty
SELECT count(*) > 10 AS script_read FROM script_line;

-- no CREATE OR REPLACE and no IF NOT EXISTS
SELECT file, line_no, line FROM script_line
 WHERE line ~* '\mcreate\s+or\s+replace\M' OR line ~* '\mif\s+not\s+exists\M'
 ORDER BY file, line_no;

-- every created object is qualified with @extschema@
SELECT file, line_no, line FROM script_line
 WHERE line ~* '^\s*create\s+(function|aggregate|type|table|view|operator|domain|sequence|procedure|materialized\s+view|index)\s'
   AND line !~* '^\s*create\s+(function|aggregate|type|table|view|operator|domain|sequence|procedure|materialized\s+view)\s+@extschema@\.'
   AND line !~* '^\s*create\s+(unique\s+)?index\s+\S+\s+on\s+@extschema@\.'
 ORDER BY file, line_no;
