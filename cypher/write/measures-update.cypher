// $rows: {stored, id, kind, taskCount, documentCount, added, dropped}: a stored measure (of id stored) whose members
// changed, updated in place: its id (the smallest of its tasks) and counts set, the OF_MEASURE links of the tasks
// dropped deleted, those of the tasks added created (a measure replaced whole would delete and create every link of
// its tasks again).
UNWIND $rows AS row
MATCH (m:Measure {id: row.stored})
USING INDEX SEEK m:Measure(id)
SET m.id = row.id, m.kind = row.kind, m.taskCount = row.taskCount, m.documentCount = row.documentCount
WITH m, row
OPTIONAL MATCH (t:Task)-[r:OF_MEASURE]->(m)
  WHERE t.id IN row.dropped
DELETE r
WITH DISTINCT m, row
UNWIND row.added AS taskId
MATCH (t:Task {id: taskId})
USING INDEX SEEK t:Task(id)
CREATE (t)-[:OF_MEASURE]->(m)
