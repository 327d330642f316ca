// Every document's own properties, ordered by id, as columns (persistence.DocumentRows.DocumentNode): the list of
// all documents is read through the driver and made into documents without OGM's mapping.
MATCH (d:Document)
RETURN d.id AS id, coalesce(d.file, '') AS file, d.title AS title, coalesce(d.titleKey, '') AS titleKey,
       d.issuer AS issuer, d.docNumber AS docNumber, d.region AS region, d.date AS date,
       coalesce(d.contentHash, '') AS contentHash, coalesce(d.fingerprint, '') AS fingerprint,
       coalesce(d.parserVersion, '') AS parserVersion, coalesce(d.taskCount, 0) AS taskCount,
       coalesce(d.taskKeyCount, 0) AS taskKeyCount, d.warnings AS warnings, d.originalName AS originalName,
       d.originalType AS originalType, d.originalMediaType AS originalMediaType,
       coalesce(d.originalSize, 0) AS originalSize, d.originalSha256 AS originalSha256
ORDER BY id
