UNWIND $keys AS key
MATCH (:Unit {id: key})-[:CO_RESPONSIBLE_FOR]->(t:Task)<-[:HAS_TASK]-(d:Document)
RETURN key, t AS node
ORDER BY d.id, t.position
