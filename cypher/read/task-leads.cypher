UNWIND $keys AS key
MATCH (:Task {id: key})<-[r:LEADS]-(u:Unit)
RETURN key, u AS node
ORDER BY r.position
