MERGE (m:SchemaMigration {version: $version})
SET m.checksum = $checksum, m.description = $description, m.appliedAt = datetime()
