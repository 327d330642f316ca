UNWIND $keys AS key
MATCH (:Section {id: key})-[:CONTAINS]->(t:Task)
RETURN key, t AS node
ORDER BY t.position
