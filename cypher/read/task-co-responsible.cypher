UNWIND $keys AS key
MATCH (:Task {id: key})<-[r:CO_RESPONSIBLE_FOR]-(u:Unit)
RETURN key, u AS node
ORDER BY r.position
