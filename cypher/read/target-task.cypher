UNWIND $keys AS key
MATCH (:Target {id: key})<-[:SETS_TARGET]-(t:Task)
RETURN key, t AS node
