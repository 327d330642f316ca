UNWIND $keys AS key
MATCH (:Target {id: key})<-[:SETS_TARGET]-(d:Document)
RETURN key, d AS node
