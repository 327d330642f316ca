UNWIND $keys AS key
MATCH (:Unit {id: key})-[:REPORTS_TO]->(p:Unit)
RETURN key, p AS node
