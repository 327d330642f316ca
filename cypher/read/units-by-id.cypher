UNWIND $keys AS key
MATCH (u:Unit {id: key})
RETURN key, u AS node
