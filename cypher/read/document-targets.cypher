UNWIND $keys AS key
MATCH (:Document {id: key})-[:SETS_TARGET]->(g:Target)
RETURN key, g AS node
ORDER BY g.position
