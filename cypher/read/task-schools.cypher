UNWIND $keys AS key
MATCH (:Task {id: key})-[:NAMES]->(s:School)
RETURN key, s AS node
ORDER BY s.name
