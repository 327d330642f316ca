// Ownership conflicts, the one definition: within one measure, the tasks of one plan (scope PLAN: one document), or
// of plans issued in one region (scope REGION: two documents or more), that have different lead units. Only tasks
// with a lead count (a task without one is an orphan, not a conflict). A conflict lists those tasks and all their
// leads. Ordered by measure, scope, region, document: the total and one page of rows.
// $measureIds: only these measures, or null for all.  $regionId: only conflicts whose region lies in this one, or null
CALL () {
  WITH $measureIds AS ids
  WHERE ids IS NOT NULL
  UNWIND ids AS id
  MATCH (m:Measure {id: id})
  RETURN m
  UNION
  WITH $measureIds AS ids
  WHERE ids IS NULL
  MATCH (m:Measure)
  RETURN m
}
MATCH (m)<-[:OF_MEASURE]-(t:Task)<-[:HAS_TASK]-(d:Document)
MATCH (u:Unit)-[:LEADS]->(t)
OPTIONAL MATCH (d)-[:ISSUED_IN]->(r:Region)
WITH m, t, d, r, u
ORDER BY u.id
WITH m, t, d, r, collect(u.id) AS leads
CALL (d, r) {
  RETURN 'PLAN' AS scope, d.id AS document, r AS region
  UNION
  WITH r
  WHERE r IS NOT NULL
  RETURN 'REGION' AS scope, null AS document, r AS region
}
WITH m, scope, document, region, collect(DISTINCT d.id) AS documents, collect(t.id) AS tasks,
     collect(DISTINCT leads) AS leadSets
WHERE size(leadSets) > 1 AND (scope = 'PLAN' OR size(documents) > 1)
  AND ($regionId IS NULL OR EXISTS { MATCH (region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
WITH m.id AS measure, scope, document, region.id AS region, tasks,
     reduce(acc = [], l IN leadSets | acc + [x IN l WHERE NOT x IN acc]) AS leads
ORDER BY measure, scope, region, document
WITH collect({measure: measure, scope: scope, document: document, region: region, tasks: tasks, leads: leads})
     AS found
RETURN size(found) AS total, found[$skip..($skip + $limit)] AS page
