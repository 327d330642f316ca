// A page of the duplicate pairs found at ingest (DUPLICATE_OF, from the smaller document id to the other), ordered
// by first and second id: read from the relationship index on pairKey in its order (V013), so that a page costs its
// offset's index entries and its own rows, no sort of all pairs and no comparison. After the first $skip, at most
// $limit; of both documents their id and the values of the properties named in $properties, in their order (what
// the request selects, made into documents by persistence.NodeProperties).
MATCH (a:Document)-[r:DUPLICATE_OF]->(b:Document)
WHERE r.pairKey >= ''
WITH a, r, b
ORDER BY r.pairKey
SKIP $skip
LIMIT $limit
RETURN a.id AS firstId, [p IN $properties | a[p]] AS first, b.id AS secondId, [p IN $properties | b[p]] AS second,
  r.similarity AS similarity, r.reason AS reason
