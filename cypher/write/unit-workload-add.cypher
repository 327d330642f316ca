// Adds $sign (1 or -1) times the responsibilities (LEADS, CO_RESPONSIBLE_FOR) of the tasks of the documents
// $documentIds, the tasks $taskIds, or every task ($all) to their units' workload: run with the task tallies, before
// (-1) and after (+1) every write that creates, changes or deletes tasks or their owners, in the same transaction
// (persistence.TaskTally), so a unit's workload is the number of its relationships to tasks. The unit is locked (by
// a write) before its workload is read, so concurrent writes do not lose counts.
CALL () {
  UNWIND coalesce($documentIds, []) AS id
  MATCH (:Document {id: id})-[:HAS_TASK]->(t:Task)
  RETURN t
  UNION ALL
  UNWIND coalesce($taskIds, []) AS id
  MATCH (t:Task {id: id})
  RETURN t
  UNION ALL
  WITH $all AS everything WHERE everything
  MATCH (t:Task)
  RETURN t
}
MATCH (u:Unit)-[:LEADS|CO_RESPONSIBLE_FOR]->(t)
WITH u, count(*) AS n
SET u.workloadLock = true
REMOVE u.workloadLock
SET u.workload = coalesce(u.workload, 0) + $sign * n
