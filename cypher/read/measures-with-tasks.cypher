// The measures that the tasks with these ids belong to, each with its kind, its tasks and their documents (in the
// same order): the measures that stand when the links of a new document join them.
UNWIND $ids AS id
MATCH (task:Task {id: id})-[:OF_MEASURE]->(m:Measure)
USING INDEX SEEK task:Task(id)
WITH DISTINCT m
MATCH (m)<-[:OF_MEASURE]-(t:Task)<-[:HAS_TASK]-(d:Document)
RETURN m.id AS id, m.kind AS kind, collect(t.id) AS tasks, collect(d.id) AS documents
