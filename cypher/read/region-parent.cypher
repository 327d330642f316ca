UNWIND $keys AS key
MATCH (:Region {id: key})-[:PART_OF]->(p:Region)
RETURN key, p AS node
