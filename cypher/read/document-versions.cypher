// The stored content hash and parser version of the documents with these ids (absent ones have no row).
UNWIND $ids AS id
MATCH (d:Document {id: id})
USING INDEX SEEK d:Document(id)
RETURN d.id AS id, d.contentHash AS contentHash, d.parserVersion AS parserVersion
