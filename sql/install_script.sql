-- The install script itself: every object it creates is named in
-- @extschema@, and nothing that a user could have planted first is
-- replaced or silently reused.  Each check lists the offending lines.
CREATE TEMP TABLE script_line AS
SELECT n AS line_no, line
  FROM pg_catalog.regexp_split_to_table(
         pg_catalog.pg_read_file(
           (SELECT setting FROM pg_catalog.pg_config WHERE name = 'SHAREDIR')
           || '/extension/svcindex--'
           || (SELECT default_version FROM pg_catalog.pg_available_extensions
                WHERE name = 'svcindex')
           || '.sql'),
         E'\n') WITH ORDINALITY AS s(line, n);

-- the script is there and not empty
SELECT count(*) > 10 AS script_read FROM script_line;

-- no CREATE OR REPLACE and no IF NOT EXISTS
SELECT line_no, line FROM script_line
 WHERE line ~* '\mcreate\s+or\s+replace\M' OR line ~* '\mif\s+not\s+exists\M'
 ORDER BY line_no;

-- every created object is qualified with @extschema@
SELECT line_no, line FROM script_line
 WHERE line ~* '^\s*create\s+(function|aggregate|type|table|view|operator|domain|sequence|procedure|materialized\s+view|index)\s'
   AND line !~* '^\s*create\s+(function|aggregate|type|table|view|operator|domain|sequence|procedure|materialized\s+view)\s+@extschema@\.'
   AND line !~* '^\s*create\s+(unique\s+)?index\s+\S+\s+on\s+@extschema@\.'
 ORDER BY line_no;
