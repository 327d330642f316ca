// Duplicated tasks within one plan or one region (the scope same-measure-scope stores on SAME_MEASURE) in which a
// task of the document $documentId, or of one of the measures $measureIds, takes part: a list bounded by that
// document or those measures (a page of the whole graph or of a region is duplicate-tasks-page). With $measureIds,
// both tasks belong to one of these measures, and at most $perMeasure pairs of each measure are listed. Ordered by
// region, first task, second task: the total and one page of rows.
// $documentId: a task of this document takes part, or null.  $regionId: the pair's region lies in this one, or null.
// $measureIds: both tasks belong to one of these measures, or null (then $documentId is not null).
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
}
MATCH (t)-[s:SAME_MEASURE]-(:Task)
WHERE s.duplicateKey IS NOT NULL
WITH DISTINCT s
MATCH (a:Task)-[s]->(b:Task)
WHERE ($regionId IS NULL OR EXISTS { MATCH (:Region {id: s.region})-[:PART_OF*0..]->(:Region {id: $regionId}) })
  AND ($measureIds IS NULL OR EXISTS {
        MATCH (a)-[:OF_MEASURE]->(m:Measure)<-[:OF_MEASURE]-(b)
        WHERE m.id IN $measureIds
      })
OPTIONAL MATCH (a)-[:OF_MEASURE]->(m:Measure)<-[:OF_MEASURE]-(b)
WITH a.id AS first, b.id AS second, s.score AS score, s.kind AS kind, s.scope AS scope, s.region AS region,
     m.id AS measure, s.duplicateKey AS key
ORDER BY key
WITH measure, collect({first: first, second: second, score: score, kind: kind, scope: scope, region: region,
                       measure: measure, key: key})[..$perMeasure] AS pairs
UNWIND pairs AS pair
WITH pair
ORDER BY pair.key
WITH collect(pair) AS found
RETURN size(found) AS total, found[$skip..($skip + $limit)] AS page
