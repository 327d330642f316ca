MATCH (d:Document {id: $documentId})
UNWIND $tasks AS t
CREATE (task:Task)
SET task = t
CREATE (d)-[:HAS_TASK]->(task)
WITH task
OPTIONAL MATCH (section:Section {id: task.sectionId})
FOREACH (_ IN CASE WHEN section IS NULL THEN [] ELSE [1] END | CREATE (section)-[:CONTAINS]->(task))
