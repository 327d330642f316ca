UNWIND $keys AS key
MATCH (s:Section {id: key})
RETURN key, s AS node
