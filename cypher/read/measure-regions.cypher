// The regions the plans of each measure's tasks are issued in, by division code.
UNWIND $keys AS key
MATCH (:Measure {id: key})<-[:OF_MEASURE]-(:Task)<-[:HAS_TASK]-(:Document)-[:ISSUED_IN]->(r:Region)
WITH DISTINCT key, r
ORDER BY r.id
RETURN key, r AS node
