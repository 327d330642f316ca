UNWIND $keys AS key
MATCH (t:Task {id: key})
RETURN key, NOT EXISTS { (t)<-[:LEADS|CO_RESPONSIBLE_FOR]-(:Unit) } AS value
