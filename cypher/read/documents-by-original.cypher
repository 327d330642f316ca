// The stored documents read from files with these SHA-256 hashes (the same bytes under any file name).
UNWIND $hashes AS hash
MATCH (d:Document {originalSha256: hash})
USING INDEX SEEK d:Document(originalSha256)
RETURN d.id AS id, d.originalSha256 AS sha256, d.parserVersion AS parserVersion, d.warnings AS warnings
