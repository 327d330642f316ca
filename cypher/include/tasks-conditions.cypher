// The conditions of a TaskFilter on rows of (d, t), d the document of task t: the one home of the filter and of the
// definition of an orphan (a task of kind task that no unit leads or shares). Included by tasks-matching and by
// tasks-page-in-order, after a WITH that carries unitIds (see tasks-matching). Parameters: see tasks-matching. The
// conditions with a subquery sit in CASE so that the subquery runs only when its parameter is given.
WHERE ($taskIds IS NULL OR t.id IN $taskIds)
  AND ($documentId IS NULL OR d.id = $documentId)
  AND CASE WHEN unitIds IS NULL THEN true ELSE EXISTS {
        MATCH (u:Unit)-[r:LEADS|CO_RESPONSIBLE_FOR]->(t)
        WHERE u.id IN unitIds AND type(r) IN $relationshipTypes
      } END
  AND CASE WHEN $orphan IS NULL THEN true
      ELSE $orphan = (t.kind = 'task' AND NOT EXISTS { (t)<-[:LEADS|CO_RESPONSIBLE_FOR]-(:Unit) }) END
  AND ($statuses IS NULL OR t.status IN $statuses)
  AND ($overdue IS NULL OR $overdue = coalesce(t.overdueFrom <= $today, false))
  AND ($dueFrom IS NULL OR t.dueDate >= $dueFrom)
  AND ($dueTo IS NULL OR t.dueDate <= $dueTo)
  AND ($dueKinds IS NULL OR t.dueKind IN $dueKinds)
  AND CASE WHEN $hasTargets IS NULL THEN true ELSE $hasTargets = EXISTS { (t)-[:SETS_TARGET]->(:Target) } END
  AND ($leadByConvention IS NULL OR t.leadByConvention = $leadByConvention)
  AND ($kind IS NULL OR t.kind = $kind)
