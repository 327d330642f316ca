// $rows: {documentId, node: the DocumentSource's properties (id, text)}
UNWIND $rows AS r
MATCH (d:Document {id: r.documentId})
CREATE (d)-[:HAS_SOURCE]->(s:DocumentSource)
SET s = r.node
