// Cascades, the one definition: a task implements a task of a higher region when both belong to one measure, a
// SAME_MEASURE link joins them, and the region of its plan lies strictly within the region of the other's plan
// (a district's task implementing its city's, a city's implementing the nation's). Rows: the lower task, the higher,
// the link, the measure; at most $perMeasure of each measure and $limit in all, by lower task, then higher region
// from the top down.
// $taskIds: the lower task is one of these, or null.  $measureIds: the measure is one of these, or null.
CALL () {
  WITH $taskIds AS ids
  WHERE ids IS NOT NULL
  UNWIND ids AS id
  MATCH (t:Task {id: id})
  RETURN t
  UNION
  WITH $measureIds AS ids
  WHERE ids IS NOT NULL
  UNWIND ids AS id
  MATCH (:Measure {id: id})<-[:OF_MEASURE]-(t:Task)
  RETURN t
}
MATCH (t)-[:OF_MEASURE]->(m:Measure)<-[:OF_MEASURE]-(h:Task)
MATCH (t)-[s:SAME_MEASURE]-(h)
MATCH (t)<-[:HAS_TASK]-(:Document)-[:ISSUED_IN]->(lower:Region)
MATCH (h)<-[:HAS_TASK]-(:Document)-[:ISSUED_IN]->(higher:Region)
MATCH p = (lower)-[:PART_OF*1..5]->(higher)
WITH DISTINCT m, t, h, s, length(p) AS steps
ORDER BY t.id, steps DESC, h.id
WITH m, collect({lower: t.id, higher: h.id, score: s.score, kind: s.kind, steps: steps})[..$perMeasure] AS cascades
UNWIND cascades AS c
WITH m, c
ORDER BY c.lower, c.steps DESC, c.higher
RETURN m.id AS measure, c.lower AS lower, c.higher AS higher, c.score AS score, c.kind AS kind
LIMIT $limit
