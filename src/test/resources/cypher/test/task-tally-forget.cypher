// Forgets that the task tallies were built and spoils them, as a graph of a version before them would be.
MATCH (s:GraphState {id: 'task-tally'})
DELETE s
WITH count(*) AS _
MATCH (c:TaskTally)
SET c.count = c.count + 1000
WITH count(*) AS _
MATCH (u:Unit)
REMOVE u.workload
