MATCH (d:Document {id: $id})-[:HAS_SOURCE]->(s:DocumentSource)
RETURN d.parserVersion AS version, size(s.text) AS sourceLength
