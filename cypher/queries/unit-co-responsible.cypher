UNWIND $keys AS key
MATCH (:Unit {id: key})-[:CO_RESPONSIBLE_FOR]->(t:Task)
RETURN key, t AS node
ORDER BY t.documentId, t.position
