// $rows: {kind, status, overdueFrom, dueYear, count}: tasks a document write has just created, counted by the caller
// from what it wrote (persistence.DocumentRows) as task-tally-add counts stored tasks (kind, state of progress,
// overdue day, first four characters of the deadline; '' for none), one row a tally: added to the task tallies in
// the same transaction without reading the tasks back.
UNWIND $rows AS row
MERGE (c:TaskTally {key: row.kind + '|' + row.status + '|' + row.overdueFrom + '|' + row.dueYear})
  ON CREATE SET c.kind = row.kind, c.status = row.status, c.overdueFrom = row.overdueFrom, c.dueYear = row.dueYear,
    c.count = row.count
  ON MATCH SET c.count = c.count + row.count
