// The health check: the database answers a read and holds the schema migrations.
MATCH (m:SchemaMigration)
RETURN count(m) AS migrations
