UNWIND $keys AS key
MATCH (:Task {id: key})<-[:HAS_TASK]-(d:Document)
RETURN key, d AS node
