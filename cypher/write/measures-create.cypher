// $rows: {id, kind, taskCount, documentCount, tasks}: a measure and the ids of its tasks, each linked OF_MEASURE.
UNWIND $rows AS row
CREATE (m:Measure {id: row.id, kind: row.kind, taskCount: row.taskCount, documentCount: row.documentCount})
WITH m, row
UNWIND row.tasks AS taskId
MATCH (t:Task {id: taskId})
USING INDEX SEEK t:Task(id)
CREATE (t)-[:OF_MEASURE]->(m)
