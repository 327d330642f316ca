MATCH (m:SchemaMigration)
RETURN m.version AS version, m.checksum AS checksum, m.description AS description
