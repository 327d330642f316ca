// The duplicate pairs found at ingest (DUPLICATE_OF, from the smaller document id to the other): a read, no
// comparison.
MATCH (a:Document)-[r:DUPLICATE_OF]->(b:Document)
RETURN a.id AS firstId, b.id AS secondId, r.similarity AS similarity, r.reason AS reason
ORDER BY firstId, secondId
