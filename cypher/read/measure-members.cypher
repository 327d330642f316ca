// The measures with these ids as they stand, each with its kind, its tasks and their documents (in the same order;
// none when every task left it): what a write that removes some of their tasks groups again, a measure at a time.
UNWIND $ids AS id
MATCH (m:Measure {id: id})
USING INDEX SEEK m:Measure(id)
OPTIONAL MATCH (m)<-[:OF_MEASURE]-(t:Task)<-[:HAS_TASK]-(d:Document)
RETURN m.id AS id, m.kind AS kind, collect(t.id) AS tasks, collect(d.id) AS documents
