// $rows: {a, b, score, kind, reciprocal, aDocument, bDocument, aRegion, bRegion}, a the smaller task id, with the
// ids of the two tasks' documents and of the regions those are issued in (null for none). Creates one SAME_MEASURE
// from a to b for each row, with its scope (cypher/include/link-scope), without looking for a stored one: only for
// links of which one task at least was created in this transaction, so that none can be stored yet (the links a
// document write finds for its new tasks; same-measure-create merges the others). Tasks that do not exist are
// skipped.
UNWIND $rows AS row
MATCH (a:Task {id: row.a})
USING INDEX SEEK a:Task(id)
MATCH (b:Task {id: row.b})
USING INDEX SEEK b:Task(id)
// the properties in the pattern, not SET: a SET of s.kind before the scope reads ends.kind made the planner buffer
// every row (Eager: it cannot tell that a row of the parameter is no entity)
CREATE (a)-[s:SAME_MEASURE {score: row.score, kind: row.kind, reciprocal: row.reciprocal}]->(b)
WITH s, row AS ends
// include: link-scope
