// One page of the tasks of kind $kind, in id order after $after, at most $limit: what the similar-task index reads
// when it is built from the graph (keyset paging on the unique task id, so that each page is an index range scan).
MATCH (t:Task)
WHERE t.id > $after AND t.kind = $kind
WITH t
ORDER BY t.id
LIMIT $limit
MATCH (d:Document)-[:HAS_TASK]->(t)
RETURN t.id AS id, d.id AS document, t.title AS title, t.text AS text
ORDER BY id
