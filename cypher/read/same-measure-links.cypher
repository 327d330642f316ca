// Every SAME_MEASURE link of the tasks with these ids, once, with the documents at both ends.
UNWIND $ids AS id
MATCH (t:Task {id: id})-[s:SAME_MEASURE]-(:Task)
USING INDEX t:Task(id)
WITH DISTINCT s
WITH s, startNode(s) AS a, endNode(s) AS b
MATCH (da:Document)-[:HAS_TASK]->(a)
MATCH (db:Document)-[:HAS_TASK]->(b)
RETURN a.id AS a, b.id AS b, da.id AS aDocument, db.id AS bDocument, s.score AS score, s.kind AS kind,
       s.reciprocal AS reciprocal
