-- svcindex: service quality indicators computed inside PostgreSQL.
--
-- The build assembles this script from the SQL pieces kept beside each
-- capability's C sources: this header, then src/<capability>/*.sql.  Every
-- object is created in @extschema@ and every reference is schema-qualified,
-- so the script does not depend on the caller's search_path.

\echo Use "CREATE EXTENSION svcindex" to load this file. \quit
