// The region the plan of each task is issued in.
UNWIND $keys AS key
MATCH (:Task {id: key})<-[:HAS_TASK]-(:Document)-[:ISSUED_IN]->(r:Region)
RETURN key, r AS node
