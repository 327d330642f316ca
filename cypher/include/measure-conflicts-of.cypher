// Ownership conflicts, the one definition: within one measure, the tasks of one plan (scope PLAN: one document), or
// of plans issued in one region (scope REGION: two documents or more), that have different lead units. Only tasks
// with a lead count (a task without one is an orphan, not a conflict). A conflict lists those tasks and all their
// leads. For each row of m and ts (its tasks, each as a map {task, plan, region}: the task, its document and the
// region the document is issued in, or null; one map per region of a plan issued in two), the conflicts among ts in
// the order of scope, region id, document: rows of m, scope, document, region (a Region or null), tasks, leads. The
// callers give the plan and region they reached the task by, so that the rule reads of each task only its leads.
// Every conflict's tasks lie in one plan or one region, so given only the tasks of m in one region (or one plan
// without a region), it gives exactly the conflicts of m there. Worked out only when they are stored
// (write/conflicts-refresh.cypher, for whole measures and for a measure in a region or plan); every read of conflicts
// reads the stored ones.
CALL (m, ts) {
  UNWIND ts AS row
  WITH row.task AS t, row.plan AS d, row.region AS r
  MATCH (u:Unit)-[:LEADS]->(t)
  WITH t, d, r, u
  ORDER BY u.id
  WITH t, d, r, collect(u.id) AS leads
  CALL (d, r) {
    RETURN 'PLAN' AS scope, d.id AS document, r AS region
    UNION
    WITH r
    WHERE r IS NOT NULL
    RETURN 'REGION' AS scope, null AS document, r AS region
  }
  WITH scope, document, region, collect(DISTINCT d.id) AS documents, collect(t.id) AS tasks,
       collect(DISTINCT leads) AS leadSets
  WHERE size(leadSets) > 1 AND (scope = 'PLAN' OR size(documents) > 1)
  RETURN scope, document, region, tasks, reduce(acc = [], l IN leadSets | acc + [x IN l WHERE NOT x IN acc]) AS leads
  ORDER BY scope, region.id, document
}
