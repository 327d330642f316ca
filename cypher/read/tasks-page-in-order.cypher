// One page of the tasks a filter matches in document and reading order, for filters that no index narrows
// (TaskSearch start 'all': orphans, kind, targets, no filter). It walks the documents in the order of their id
// index and stops as soon as the page is full (a partial sort by reading order within each document), instead of
// reading, sorting and skipping every match: the answer is the one of tasks-page with sort DOCUMENT, with the same
// lists.
MATCH (d:Document)
WHERE d.id >= ''
MATCH (d)-[:HAS_TASK]->(t:Task)
// no unit names here: start 'all' means no units are asked for
WITH d, t, $unitIds AS unitIds
// include: tasks-conditions
WITH d, t
ORDER BY d.id, t.position
SKIP $skip
LIMIT $limit
// include: task-lists
