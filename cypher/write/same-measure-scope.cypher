// Duplicated tasks within one plan or one region, the one definition (Query.duplicateTasks, Measure.duplicates): the
// SAME_MEASURE links $links get their scope, each given as {a, b, aDocument, bDocument}: its first task (the smaller
// id), its second, and the ids of their documents (the caller has them; they are not looked up again here). Those are
// the links a write just wrote, not every link of their first tasks (a task that many later plans link to has them
// by the hundred, each scoped when written; what a scope reads, the plans and their regions, changes only with a
// written plan, whose links are all new). A link between two tasks of one document is of scope PLAN (either kind:
// inside a plan the engine links only near-verbatim restatements and overlaps of cosine 0.5 or more); a DUPLICATE
// link between tasks of two documents issued in one region is of scope REGION; any other link has none. A link with a
// scope carries the region (division code) of its first task's plan, null when unknown, and duplicateKey: that region
// (~ when unknown, after every code), a line feed, the first task id, a line feed, the second: the order of the key is
// the order of (region, first, second) with unknown regions last, so that a page of duplicate tasks is read from the
// relationship index on the key (V014) in its order. Run after the links and the documents' regions are written, in
// the same transaction.
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
WITH s, a, b, ra,
     CASE
       WHEN da = db THEN 'PLAN'
       WHEN ra IS NOT NULL AND ra = rb AND s.kind = 'DUPLICATE' THEN 'REGION'
     END AS scope
SET s.scope = scope,
    s.region = CASE WHEN scope IS NULL THEN null ELSE ra.id END,
    s.duplicateKey = CASE WHEN scope IS NULL THEN null ELSE coalesce(ra.id, '~') + '\n' + a.id + '\n' + b.id END
