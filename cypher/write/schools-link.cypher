// $rows: {documentId, schoolId, taskIds}: the document names the school, and so do these of its tasks.
UNWIND $rows AS r
MATCH (d:Document {id: r.documentId})
MATCH (s:School {id: r.schoolId})
MERGE (d)-[:NAMES]->(s)
WITH s, r
UNWIND r.taskIds AS taskId
MATCH (t:Task {id: taskId})
MERGE (t)-[:NAMES]->(s)
