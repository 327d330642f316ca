// $rows: {firstId, secondId, similarity, reason}, pairs that analysis.DuplicateRule reads as one document. Pairs of
// which a document is not in the graph (a file recognised as stored bytes under another name) are skipped.
UNWIND $rows AS row
MATCH (a:Document {id: row.firstId})
MATCH (b:Document {id: row.secondId})
MERGE (a)-[r:DUPLICATE_OF]->(b)
SET r.similarity = row.similarity, r.reason = row.reason
