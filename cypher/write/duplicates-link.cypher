// $rows: {firstId, secondId, similarity, reason}, pairs that analysis.DuplicateRule reads as one document. Pairs of
// which a document is not in the graph (a file recognised as stored bytes under another name) are skipped. pairKey
// (first id, a line feed, second id) orders the pages of duplicateDocuments (index duplicate_pair_key, V013).
UNWIND $rows AS row
MATCH (a:Document {id: row.firstId})
USING INDEX SEEK a:Document(id)
MATCH (b:Document {id: row.secondId})
USING INDEX SEEK b:Document(id)
MERGE (a)-[r:DUPLICATE_OF]->(b)
SET r.similarity = row.similarity, r.reason = row.reason, r.pairKey = row.firstId + '\n' + row.secondId
