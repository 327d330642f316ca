UNWIND $keys AS key
MATCH (:Document {id: key})-[r:ISSUED_BY]->(u:Unit)
RETURN key, u AS node
ORDER BY r.position
