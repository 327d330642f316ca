// The tasks each unit leads, in document and reading order, with the document of each (read anyway for the order;
// given to Task.document so that unit { leads { document } } is one statement).
UNWIND $keys AS key
MATCH (:Unit {id: key})-[:LEADS]->(t:Task)<-[:HAS_TASK]-(d:Document)
RETURN key, t AS node, d AS document
ORDER BY d.id, t.position
