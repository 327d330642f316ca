// Documents parsed by another parser version that still carry their source text, to be parsed again.
MATCH (d:Document)
WHERE d.parserVersion IS NULL OR d.parserVersion <> $version
RETURN d.id AS id, d.file AS file, d.source AS source
ORDER BY d.id
