// The tasks a TaskFilter matches (analysis.TaskSearch), as rows of (d, t): the one home of the filter, included by
// tasks-page, tasks-count, tasks-count-by and tasks-count-by-unit. It starts from the most selective index the
// filter allows ($start, chosen by TaskSearch), then checks every condition:
// $query:    Lucene query on the 'cjk' full-text index over title and text, or null
// $taskIds:  only these tasks, or null
// $documentId, $unitIds (with $relationshipTypes: how one of those units is responsible), $orphan, $statuses,
// $overdue (on $today), $dueFrom / $dueTo (a deadline range), $dueKinds, $hasTargets, $leadByConvention, $kind:
// or null.
// The one definition of an orphan: a task of kind task that no unit leads or shares.
// Overdue: Task.overdueFrom (set by the model: the day after a dated deadline, unless the task is done) <= today.
CALL () {
  WITH $start AS start WHERE start = 'text'
  CALL db.index.fulltext.queryNodes('cjk', $query) YIELD node
  RETURN node AS t
  UNION
  WITH $start AS start WHERE start = 'ids'
  UNWIND $taskIds AS id
  MATCH (t:Task {id: id})
  RETURN t
  UNION
  WITH $start AS start WHERE start = 'units'
  UNWIND $unitIds AS id
  MATCH (:Unit {id: id})-[r:LEADS|CO_RESPONSIBLE_FOR]->(t:Task)
  WHERE type(r) IN $relationshipTypes
  RETURN t
  UNION
  WITH $start AS start WHERE start = 'document'
  MATCH (:Document {id: $documentId})-[:HAS_TASK]->(t:Task)
  RETURN t
  UNION
  WITH $start AS start WHERE start = 'overdue'
  MATCH (t:Task)
  WHERE t.overdueFrom <= $today
  RETURN t
  UNION
  WITH $start AS start WHERE start = 'due'
  MATCH (t:Task)
  WHERE t.dueDate >= coalesce($dueFrom, '0000-01-01') AND t.dueDate <= coalesce($dueTo, '9999-12-31')
  RETURN t
  UNION
  WITH $start AS start WHERE start = 'status'
  UNWIND $statuses AS status
  MATCH (t:Task {status: status})
  RETURN t
  UNION
  WITH $start AS start WHERE start = 'all'
  MATCH (t:Task)
  RETURN t
}
MATCH (d:Document)-[:HAS_TASK]->(t)
WHERE ($taskIds IS NULL OR t.id IN $taskIds)
  AND ($documentId IS NULL OR d.id = $documentId)
  AND ($unitIds IS NULL OR EXISTS {
        MATCH (u:Unit)-[r:LEADS|CO_RESPONSIBLE_FOR]->(t)
        WHERE u.id IN $unitIds AND type(r) IN $relationshipTypes
      })
  AND ($orphan IS NULL OR $orphan = (t.kind = 'task' AND NOT EXISTS { (t)<-[:LEADS|CO_RESPONSIBLE_FOR]-(:Unit) }))
  AND ($statuses IS NULL OR t.status IN $statuses)
  AND ($overdue IS NULL OR $overdue = coalesce(t.overdueFrom <= $today, false))
  AND ($dueFrom IS NULL OR t.dueDate >= $dueFrom)
  AND ($dueTo IS NULL OR t.dueDate <= $dueTo)
  AND ($dueKinds IS NULL OR t.dueKind IN $dueKinds)
  AND ($hasTargets IS NULL OR $hasTargets = EXISTS { (t)-[:SETS_TARGET]->(:Target) })
  AND ($leadByConvention IS NULL OR t.leadByConvention = $leadByConvention)
  AND ($kind IS NULL OR t.kind = $kind)
