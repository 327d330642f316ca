// Counts of the tasks of $kind, in one of $statuses, overdue or not on $today ($overdue), each null for any, read
// from the task tallies (cypher/write/task-tally-add.cypher) instead of the tasks: by $dimension (KIND, STATUS,
// OVERDUE, DUE_YEAR; anything else: one row, key null, of all of them), the $top largest groups, largest first. The
// keys are those of tasks-count-by; '' in a tally is null there.
MATCH (c:TaskTally)
WHERE c.count > 0
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($statuses IS NULL OR c.status IN $statuses)
  AND ($overdue IS NULL OR $overdue = (c.overdueFrom <> '' AND c.overdueFrom <= $today))
WITH c, CASE $dimension
  WHEN 'KIND' THEN c.kind
  WHEN 'STATUS' THEN c.status
  WHEN 'OVERDUE' THEN toString(c.overdueFrom <> '' AND c.overdueFrom <= $today)
  WHEN 'DUE_YEAR' THEN c.dueYear
  ELSE ''
END AS key
WITH CASE WHEN key = '' THEN null ELSE key END AS key, sum(c.count) AS count
RETURN key, null AS label, count
ORDER BY count DESC, key
LIMIT $top
