UNWIND $keys AS key
MATCH (:Document {id: key})-[:HAS_SECTION]->(s:Section)
RETURN key, s AS node
ORDER BY s.position
