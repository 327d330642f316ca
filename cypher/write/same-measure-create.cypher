// $rows: {a, b, score, kind, reciprocal}, a the smaller task id. One SAME_MEASURE per pair of tasks, from a to b;
// tasks that do not exist are skipped.
UNWIND $rows AS row
MATCH (a:Task {id: row.a})
USING INDEX SEEK a:Task(id)
MATCH (b:Task {id: row.b})
USING INDEX SEEK b:Task(id)
MERGE (a)-[s:SAME_MEASURE]->(b)
SET s.score = row.score, s.kind = row.kind, s.reciprocal = row.reciprocal
