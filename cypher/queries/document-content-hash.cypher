MATCH (d:Document {id: $id})
RETURN d.contentHash AS contentHash, d.parserVersion AS parserVersion
