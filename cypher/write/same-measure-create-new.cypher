// $rows: {a, b, score, kind, reciprocal}, a the smaller task id: SAME_MEASURE links created without looking for one
// already there, for a computation of all of them after every stored link was deleted. Each row is two seeks of the
// unique task id index (constraint task_id).
UNWIND $rows AS row
MATCH (a:Task {id: row.a})
MATCH (b:Task {id: row.b})
CREATE (a)-[:SAME_MEASURE {score: row.score, kind: row.kind, reciprocal: row.reciprocal}]->(b)
