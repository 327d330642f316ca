// The SAME_MEASURE links between two tasks of one measure, for the measures with these ids, with the documents at
// both ends: what holds each of them together when some of its tasks leave.
UNWIND $ids AS id
MATCH (m:Measure {id: id})<-[:OF_MEASURE]-(a:Task)-[s:SAME_MEASURE]->(b:Task)-[:OF_MEASURE]->(m)
MATCH (da:Document)-[:HAS_TASK]->(a)
MATCH (db:Document)-[:HAS_TASK]->(b)
RETURN m.id AS measure, a.id AS a, b.id AS b, da.id AS aDocument, db.id AS bDocument, s.score AS score,
       s.kind AS kind, s.reciprocal AS reciprocal
