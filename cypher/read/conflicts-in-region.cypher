// A page of the ownership conflicts (measure-conflicts-of) whose region lies in $regionId, ordered by measure, scope,
// region, document: the tasks of the plans issued in that region or in a region within it (a conflict there has only
// such tasks), by measure in id order, the conflicts among them one measure at a time, skipping $skip, at most $limit.
MATCH (:Region {id: $regionId})<-[:PART_OF*0..]-(:Region)<-[:ISSUED_IN]-(:Document)-[:HAS_TASK]->(t:Task)
      -[:OF_MEASURE]->(m:Measure)
WITH m, collect(DISTINCT t) AS ts
ORDER BY m.id
// include: measure-conflicts-of
WITH m, scope, document, region, tasks, leads
WHERE EXISTS { MATCH (region)-[:PART_OF*0..]->(:Region {id: $regionId}) }
WITH m, scope, document, region, tasks, leads
SKIP $skip
LIMIT $limit
RETURN m.id AS measure, scope, document, region.id AS region, tasks, leads
ORDER BY measure, scope, region, document
