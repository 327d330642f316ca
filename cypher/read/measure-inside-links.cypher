// The SAME_MEASURE links between two tasks of one measure, for the measures with these ids, with the documents at
// both ends: what holds each of them together when some of its tasks leave. Written to stream, a task at a time
// (every step an expansion and a filter: a task has one OF_MEASURE at most): the pattern closed on the measure at
// both ends was planned as a hash join holding a whole side of a measure of 150,000 tasks on the heap.
UNWIND $ids AS id
MATCH (m:Measure {id: id})<-[:OF_MEASURE]-(a:Task)<-[:HAS_TASK]-(da:Document)
USING INDEX SEEK m:Measure(id)
MATCH (a)-[s:SAME_MEASURE]->(b:Task)-[:OF_MEASURE]->(mb:Measure)
  WHERE mb = m
MATCH (db:Document)-[:HAS_TASK]->(b)
RETURN m.id AS measure, a.id AS a, b.id AS b, da.id AS aDocument, db.id AS bDocument, s.score AS score,
       s.kind AS kind, s.reciprocal AS reciprocal
