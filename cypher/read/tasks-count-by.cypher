// The tasks a filter matches, counted by $dimension (DOCUMENT, REGION, KIND, STATUS, OVERDUE, DUE_YEAR), the $top
// largest groups; a task without a value counts under a null key.
// include: tasks-matching
WITH d, t, CASE $dimension
  WHEN 'DOCUMENT' THEN d.id
  WHEN 'REGION' THEN d.region
  WHEN 'KIND' THEN t.kind
  WHEN 'STATUS' THEN t.status
  WHEN 'OVERDUE' THEN toString(coalesce(t.overdueFrom <= $today, false))
  WHEN 'DUE_YEAR' THEN left(t.dueDate, 4)
END AS key
WITH key, CASE WHEN $dimension = 'DOCUMENT' THEN d.title END AS label, count(*) AS count
RETURN key, label, count
ORDER BY count DESC, key
LIMIT $top
