UNWIND $keys AS key
MATCH (:Unit {id: key})<-[:REPORTS_TO]-(c:Unit)
RETURN key, c AS node
ORDER BY c.name
