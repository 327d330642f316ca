// Adds $sign (1 or -1) times the responsibilities (LEADS, CO_RESPONSIBLE_FOR) of the tasks of the documents
// $documentIds, the tasks $taskIds, or every task ($all) to their units' workload: run with the task tallies, before
// (-1) and after (+1) every write that creates, changes or deletes tasks or their owners, in the same transaction
// (persistence.TaskTally), so a unit's workload is the number of its relationships to tasks. The unit is locked (by
// a write) before its workload is read, so concurrent writes do not lose counts.
// include: tally-scope
MATCH (u:Unit)-[:LEADS|CO_RESPONSIBLE_FOR]->(t)
WITH u, count(*) AS n
SET u.workloadLock = true
REMOVE u.workloadLock
SET u.workload = coalesce(u.workload, 0) + $sign * n
