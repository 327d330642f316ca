// $rows: {a, b, score, kind, reciprocal}, a and b the element ids of two tasks (task-elements), a the one with the
// smaller task id: SAME_MEASURE links created without looking for one already there, for a computation of all of
// them after every stored link was deleted. Each row is two node seeks by element id (no index, no index locks).
UNWIND $rows AS row
MATCH (a:Task)
WHERE elementId(a) = row.a
MATCH (b:Task)
WHERE elementId(b) = row.b
CREATE (a)-[:SAME_MEASURE {score: row.score, kind: row.kind, reciprocal: row.reciprocal}]->(b)
