UNWIND $keys AS key
MATCH (:Document {id: key})-[:HAS_TASK]->(t:Task)
RETURN key, t AS node
ORDER BY t.position
