// The document of each task with one of these ids.
UNWIND $ids AS id
MATCH (d:Document)-[:HAS_TASK]->(t:Task {id: id})
USING INDEX SEEK t:Task(id)
RETURN t.id AS task, d.id AS document
