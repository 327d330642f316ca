// Duplicated tasks within one plan or one region, the one definition: SAME_MEASURE links between two tasks of one
// document (scope PLAN, either kind: inside a plan the engine links only near-verbatim restatements and overlaps of
// cosine 0.5 or more), or DUPLICATE links between tasks of two documents issued in one region (scope REGION).
// At most $perMeasure pairs of each measure (pairs of no common measure count as one); ordered by region, first
// task, second task: the total and one page of rows.
// $documentId: a task of this document takes part, or null.  $regionId: the pair's region lies in this one, or null.
// $measureIds: both tasks belong to one of these measures, or null.
CALL () {
  WITH $documentId AS doc
  WHERE doc IS NOT NULL
  MATCH (:Document {id: doc})-[:HAS_TASK]->(t:Task)
  RETURN t
  UNION
  WITH $documentId AS doc
  WHERE doc IS NULL AND $measureIds IS NOT NULL
  UNWIND $measureIds AS id
  MATCH (:Measure {id: id})<-[:OF_MEASURE]-(t:Task)
  RETURN t
  UNION
  WITH $documentId AS doc
  WHERE doc IS NULL AND $measureIds IS NULL AND $regionId IS NOT NULL
  MATCH (:Region {id: $regionId})<-[:PART_OF*0..]-(:Region)<-[:ISSUED_IN]-(:Document)-[:HAS_TASK]->(t:Task)
  RETURN t
  UNION
  WITH $documentId AS doc
  WHERE doc IS NULL AND $measureIds IS NULL AND $regionId IS NULL
  MATCH (t:Task)
  WHERE EXISTS { (t)-[:SAME_MEASURE]->(:Task) }
  RETURN t
}
MATCH (t)-[s:SAME_MEASURE]-(:Task)
WITH DISTINCT s
WITH s, startNode(s) AS a, endNode(s) AS b
MATCH (da:Document)-[:HAS_TASK]->(a)
MATCH (db:Document)-[:HAS_TASK]->(b)
OPTIONAL MATCH (da)-[:ISSUED_IN]->(ra:Region)
OPTIONAL MATCH (db)-[:ISSUED_IN]->(rb:Region)
WITH s, a, b, da, db, ra,
     CASE
       WHEN da = db THEN 'PLAN'
       WHEN ra IS NOT NULL AND ra = rb AND s.kind = 'DUPLICATE' THEN 'REGION'
     END AS scope
WHERE scope IS NOT NULL
  AND ($documentId IS NULL OR da.id = $documentId OR db.id = $documentId)
  AND ($regionId IS NULL OR EXISTS { MATCH (ra)-[:PART_OF*0..]->(:Region {id: $regionId}) })
  AND ($measureIds IS NULL OR EXISTS {
        MATCH (a)-[:OF_MEASURE]->(m:Measure)<-[:OF_MEASURE]-(b)
        WHERE m.id IN $measureIds
      })
OPTIONAL MATCH (a)-[:OF_MEASURE]->(m:Measure)<-[:OF_MEASURE]-(b)
WITH a.id AS first, b.id AS second, s.score AS score, s.kind AS kind, scope, ra.id AS region, m.id AS measure
ORDER BY region, first, second
WITH measure, collect({first: first, second: second, score: score, kind: kind, scope: scope, region: region,
                       measure: measure})[..$perMeasure] AS pairs
UNWIND pairs AS pair
WITH pair
ORDER BY pair.region, pair.first, pair.second
WITH collect(pair) AS found
RETURN size(found) AS total, found[$skip..($skip + $limit)] AS page
