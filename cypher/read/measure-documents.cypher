// The documents the tasks of each measure come from, by id, at most 200.
UNWIND $keys AS key
MATCH (:Measure {id: key})<-[:OF_MEASURE]-(:Task)<-[:HAS_TASK]-(d:Document)
WITH DISTINCT key, d
ORDER BY d.id
WITH key, collect(d)[..200] AS documents
UNWIND documents AS node
RETURN key, node
