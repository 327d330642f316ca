MATCH (d:Document {id: $id})
RETURN d.parserVersion AS version, size(d.source) AS sourceLength
