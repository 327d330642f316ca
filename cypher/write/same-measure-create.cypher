// $rows: {a, b, score, kind, reciprocal, aDocument, bDocument, aRegion, bRegion}, a the smaller task id, with the
// ids of the two tasks' documents and of the regions those are issued in (null for none). One SAME_MEASURE per pair
// of tasks, from a to b, with its scope (cypher/include/link-scope); tasks that do not exist are skipped.
UNWIND $rows AS row
MATCH (a:Task {id: row.a})
USING INDEX SEEK a:Task(id)
MATCH (b:Task {id: row.b})
USING INDEX SEEK b:Task(id)
MERGE (a)-[s:SAME_MEASURE]->(b)
SET s.score = row.score, s.kind = row.kind, s.reciprocal = row.reciprocal
WITH s, row AS ends
// include: link-scope
