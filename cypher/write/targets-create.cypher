// $rows: {documentId, taskId (null for a goal of the whole document), node: the Target's properties}
UNWIND $rows AS r
MATCH (d:Document {id: r.documentId})
CREATE (d)-[:SETS_TARGET]->(g:Target)
SET g = r.node
WITH g, r
CALL (g, r) {
  WITH * WHERE r.taskId IS NOT NULL
  MATCH (t:Task {id: r.taskId})
  CREATE (t)-[:SETS_TARGET]->(g)
}
