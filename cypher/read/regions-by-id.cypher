UNWIND $keys AS key
MATCH (r:Region {id: key})
RETURN key, r AS node
