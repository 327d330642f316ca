// $rows: {documentId, sectionId (null outside sections), node: the Task's properties}
UNWIND $rows AS r
MATCH (d:Document {id: r.documentId})
CREATE (d)-[:HAS_TASK]->(t:Task)
SET t = r.node
WITH t, r
CALL (t, r) {
  WITH * WHERE r.sectionId IS NOT NULL
  MATCH (s:Section {id: r.sectionId})
  CREATE (s)-[:CONTAINS]->(t)
}
