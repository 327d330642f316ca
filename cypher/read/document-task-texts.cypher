// The tasks of kind $kind of the documents with these ids, as the similar-task index reads them.
UNWIND $ids AS id
MATCH (d:Document {id: id})-[:HAS_TASK]->(t:Task)
WHERE t.kind = $kind
RETURN t.id AS id, d.id AS document, t.title AS title, t.text AS text
ORDER BY d.id, t.position
