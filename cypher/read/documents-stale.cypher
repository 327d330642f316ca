// Documents parsed by another parser version, with their source text (null when it was not kept).
MATCH (d:Document)
WHERE d.parserVersion IS NULL OR d.parserVersion <> $version
OPTIONAL MATCH (d)-[:HAS_SOURCE]->(s:DocumentSource)
RETURN d.id AS id, d.file AS file, s.text AS source
ORDER BY d.id
