UNWIND $keys AS key
MATCH (:Unit {id: key})-[:LEADS]->(t:Task)
RETURN key, t AS node
ORDER BY t.documentId, t.position
