MATCH (d:Document {id: $documentId})
UNWIND $targets AS tg
CREATE (target:Target)
SET target = tg
CREATE (d)-[:SETS_TARGET]->(target)
WITH target
OPTIONAL MATCH (task:Task {id: target.taskId})
FOREACH (_ IN CASE WHEN task IS NULL THEN [] ELSE [1] END | CREATE (task)-[:SETS_TARGET]->(target))
