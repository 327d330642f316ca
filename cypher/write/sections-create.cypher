// $rows: {documentId, parentId (null for a top-level section), node: the Section's properties}, parents first.
UNWIND $rows AS r
CREATE (s:Section)
SET s = r.node
WITH s, r
CALL (s, r) {
  WITH * WHERE r.parentId IS NULL
  MATCH (d:Document {id: r.documentId})
  CREATE (d)-[:HAS_SECTION]->(s)
}
CALL (s, r) {
  WITH * WHERE r.parentId IS NOT NULL
  MATCH (p:Section {id: r.parentId})
  CREATE (p)-[:HAS_SUBSECTION]->(s)
}
