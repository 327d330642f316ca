UNWIND $keys AS key
MATCH (:Section {id: key})-[:HAS_SUBSECTION]->(s:Section)
RETURN key, s AS node
ORDER BY s.position
