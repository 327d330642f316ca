// The units that lead a task of each measure, by region and name, at most 200.
UNWIND $keys AS key
MATCH (:Measure {id: key})<-[:OF_MEASURE]-(:Task)<-[:LEADS]-(u:Unit)
WITH DISTINCT key, u
ORDER BY u.scope, u.name
WITH key, collect(u)[..200] AS units
UNWIND units AS node
RETURN key, node
