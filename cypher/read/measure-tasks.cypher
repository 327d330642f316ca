// The tasks of each measure in document and reading order, at most 200 (Measure.taskCount has the number of all).
UNWIND $keys AS key
MATCH (:Measure {id: key})<-[:OF_MEASURE]-(t:Task)<-[:HAS_TASK]-(d:Document)
WITH key, t, d
ORDER BY d.id, t.position
WITH key, collect(t)[..200] AS tasks
UNWIND tasks AS node
RETURN key, node
