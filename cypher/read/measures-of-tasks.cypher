// The measures that the tasks with these ids belong to.
UNWIND $ids AS id
MATCH (:Task {id: id})-[:OF_MEASURE]->(m:Measure)
RETURN DISTINCT m.id AS id
