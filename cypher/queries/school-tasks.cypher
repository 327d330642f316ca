UNWIND $keys AS key
MATCH (:School {id: key})<-[:NAMES]-(t:Task)
RETURN key, t AS node
ORDER BY t.documentId, t.position
