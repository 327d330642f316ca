UNWIND $keys AS key
MATCH (m:Measure {id: key})
RETURN key, m AS node
