// The SAME_MEASURE links $links get their scope (cypher/include/link-scope, the one definition), each given as {a, b,
// aDocument, bDocument}: its first task (the smaller id), its second, and the ids of their documents (the caller has
// them; they are not looked up again here), the regions of the documents read from the graph. For links stored
// before their scope could be known (the computation of all links, in transactions of their own); a document write
// creates its links with their scope (same-measure-create-fresh). Run after the links and the documents' regions are
// written, in the same transaction.
UNWIND $links AS link
MATCH (a:Task {id: link.a})
USING INDEX SEEK a:Task(id)
MATCH (b:Task {id: link.b})
USING INDEX SEEK b:Task(id)
MATCH (da:Document {id: link.aDocument})
USING INDEX SEEK da:Document(id)
MATCH (db:Document {id: link.bDocument})
USING INDEX SEEK db:Document(id)
// both tasks found first, the link between them is found from both (Expand(Into)), not among every link of one of
// them: a subquery, which the planner cannot turn into a join of one task's links with the other task
CALL (a, b) {
  MATCH (a)-[s:SAME_MEASURE]->(b)
  RETURN s
}
OPTIONAL MATCH (da)-[:ISSUED_IN]->(ra:Region)
OPTIONAL MATCH (db)-[:ISSUED_IN]->(rb:Region)
WITH s, {a: a.id, b: b.id, aDocument: da.id, bDocument: db.id, aRegion: ra.id, bRegion: rb.id, kind: s.kind} AS ends
// include: link-scope
