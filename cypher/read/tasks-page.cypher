// One page of the tasks a filter matches, sorted by $sort (DOCUMENT: document and reading order; DEADLINE: due
// date; NUMBER: the number as printed, numerically; LEAD: the name of the first lead unit), $descending or not;
// tasks without the sort key come last, then document and reading order. The page is cut before anything it links
// to is read; the lists the request selects are read for the page's tasks alone, in the same statement.
// include: tasks-matching
WITH d, t, CASE $sort
  WHEN 'DEADLINE' THEN t.dueDate
  WHEN 'NUMBER' THEN toIntegerOrNull(t.number)
  WHEN 'LEAD' THEN COLLECT { MATCH (u:Unit)-[r:LEADS]->(t) RETURN u.name ORDER BY r.position LIMIT 1 }[0]
  ELSE d.id
END AS k
ORDER BY k IS NULL, CASE WHEN $descending THEN k END DESC, CASE WHEN $descending THEN null ELSE k END,
         d.id, t.position
SKIP $skip
LIMIT $limit
WITH t
// include: task-lists
