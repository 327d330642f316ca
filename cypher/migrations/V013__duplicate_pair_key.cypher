// A duplicate pair (DUPLICATE_OF, from the smaller document id to the other) carries pairKey: the first id, a line
// feed and the second id, so that the order of the key is the order of (first id, second id) and a page of
// duplicateDocuments is read from this relationship index in its order (a seek, no sort of all pairs). Pairs stored
// before this migration get their key here.
MATCH (a:Document)-[r:DUPLICATE_OF]->(b:Document) WHERE r.pairKey IS NULL
CALL (a, r, b) { SET r.pairKey = a.id + '\n' + b.id } IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX duplicate_pair_key IF NOT EXISTS FOR ()-[r:DUPLICATE_OF]-() ON (r.pairKey);
