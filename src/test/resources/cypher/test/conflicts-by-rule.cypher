// Ownership conflicts of every measure worked out in one pass, as measure-conflicts read them before a page was read
// a measure at a time: within one measure, the tasks with leads of one plan, or of plans of one region, with different
// lead units; whose region lies in $regionId (or anywhere when null); ordered by measure, scope, region, document.
MATCH (m:Measure)<-[:OF_MEASURE]-(t:Task)<-[:HAS_TASK]-(d:Document)
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
RETURN m.id AS measure, scope, document, region.id AS region, tasks,
       reduce(acc = [], l IN leadSets | acc + [x IN l WHERE NOT x IN acc]) AS leads
ORDER BY measure, scope, region, document
