UNWIND $keys AS key
MATCH (:Document {id: key})-[:ISSUED_IN]->(r:Region)
RETURN key, r AS node
