UNWIND $keys AS key
MATCH (:Task {id: key})-[:OF_MEASURE]->(m:Measure)
RETURN key, m AS node
