UNWIND $keys AS key
MATCH (:Task {id: key})<-[:CONTAINS]-(s:Section)
RETURN key, s AS node
