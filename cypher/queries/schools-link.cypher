MATCH (d:Document {id: $documentId})
UNWIND $schools AS s
MERGE (school:School {id: s.schoolId})
  ON CREATE SET school.name = s.canonical, school.scope = s.scope, school.aliases = []
SET school.aliases = CASE WHEN s.printed IN school.aliases THEN school.aliases ELSE school.aliases + s.printed END
MERGE (d)-[:NAMES]->(school)
WITH school, s
UNWIND s.taskIds AS taskId
MATCH (t:Task {id: taskId})
MERGE (t)-[:NAMES]->(school)
