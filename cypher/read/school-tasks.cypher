UNWIND $keys AS key
MATCH (:School {id: key})<-[:NAMES]-(t:Task)<-[:HAS_TASK]-(d:Document)
RETURN key, t AS node
ORDER BY d.id, t.position
