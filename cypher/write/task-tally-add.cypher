// Adds $sign (1 or -1) times the tasks of the documents $documentIds, the tasks $taskIds, or every task ($all) to
// the task tallies: one TaskTally a combination of kind, state of progress, overdue day (overdueFrom) and deadline
// year, '' for none. Run before (-1) and after (+1) every write that creates, changes or deletes tasks, in the same
// transaction (persistence.GraphWriter, GraphEntities); the increment locks the tally before reading it, so that
// concurrent writes do not lose counts. Tallies that reach 0 stay (reads skip them).
// include: tally-scope
WITH coalesce(t.kind, '') AS kind, coalesce(t.status, '') AS status, coalesce(t.overdueFrom, '') AS overdueFrom,
     coalesce(left(t.dueDate, 4), '') AS dueYear, count(*) AS n
MERGE (c:TaskTally {key: kind + '|' + status + '|' + overdueFrom + '|' + dueYear})
  ON CREATE SET c.kind = kind, c.status = status, c.overdueFrom = overdueFrom, c.dueYear = dueYear, c.count = 0
SET c.count = c.count + $sign * n
