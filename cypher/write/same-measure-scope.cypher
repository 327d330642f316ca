// Duplicated tasks within one plan or one region, the one definition (Query.duplicateTasks, Measure.duplicates): the
// SAME_MEASURE links from these tasks ($tasks: ids of the first task of a link, the one with the smaller id) get
// their scope. A link between two tasks of one document is of scope PLAN (either kind: inside a plan the engine links
// only near-verbatim restatements and overlaps of cosine 0.5 or more); a DUPLICATE link between tasks of two documents
// issued in one region is of scope REGION; any other link has none. A link with a scope carries the region (division
// code) of its first task's plan, null when unknown, and duplicateKey: that region (~ when unknown, after every code),
// a line feed, the first task id, a line feed, the second: the order of the key is the order of (region, first,
// second) with unknown regions last, so that a page of duplicate tasks is read from the relationship index on the key
// (V014) in its order. Run after the links and the documents' regions are written, in the same transaction.
UNWIND $tasks AS id
MATCH (a:Task {id: id})-[s:SAME_MEASURE]->(b:Task)
USING INDEX a:Task(id)
MATCH (da:Document)-[:HAS_TASK]->(a)
MATCH (db:Document)-[:HAS_TASK]->(b)
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
