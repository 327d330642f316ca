// Measures matching every given condition, largest first (task count, then id): the total and one page of nodes.
// $regionId: a task of the measure belongs to a plan issued in this region or a region within it; or null
// $unitIds:  one of these units leads or shares a task of the measure; or null
// $kind:     DUPLICATE or OVERLAP; or null.  $minTasks: at least this many tasks.
MATCH (m:Measure)
WHERE m.taskCount >= $minTasks
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($regionId IS NULL OR EXISTS {
        MATCH (m)<-[:OF_MEASURE]-(:Task)<-[:HAS_TASK]-(:Document)-[:ISSUED_IN]->(:Region)-[:PART_OF*0..]->
              (:Region {id: $regionId})
      })
  AND ($unitIds IS NULL OR EXISTS {
        MATCH (m)<-[:OF_MEASURE]-(:Task)<-[:LEADS|CO_RESPONSIBLE_FOR]-(u:Unit)
        WHERE u.id IN $unitIds
      })
WITH m
ORDER BY m.taskCount DESC, m.id
WITH collect(m) AS found
RETURN size(found) AS total, found[$skip..($skip + $limit)] AS page
