UNWIND $keys AS key
MATCH (t:Task {id: key})
RETURN key, t AS node
