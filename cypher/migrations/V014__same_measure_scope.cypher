// The scope of a SAME_MEASURE link as a duplicated task within one plan or region, stored on the link (the rule is
// cypher/write/same-measure-scope.cypher, run whenever links or regions are written): scope, region and
// duplicateKey (the region or ~, a line feed, the first task id, a line feed, the second), so that a page of
// duplicateTasks is read from a relationship index on the key in its order instead of from every pair of the graph.
// Links stored before this migration get them here.
MATCH (a:Task)-[s:SAME_MEASURE]->(b:Task)
CALL (a, s, b) {
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
} IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX same_measure_duplicate_key IF NOT EXISTS FOR ()-[s:SAME_MEASURE]-() ON (s.duplicateKey);
