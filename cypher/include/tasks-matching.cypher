// The tasks a TaskFilter matches (analysis.TaskSearch), as rows of (d, t): the one home of the filter, included by
// tasks-page, tasks-count, tasks-count-by and tasks-count-by-unit. It starts from the most selective index the
// filter allows ($start, chosen by TaskSearch), then checks every condition:
// $query:    Lucene query on the 'cjk' full-text index over title and text, or null
// $taskIds:  only these tasks, or null
// $documentId, $unitIds (with $relationshipTypes: how one of those units is responsible), $orphan, $statuses,
// $overdue (on $today), $dueFrom / $dueTo (a deadline range), $dueKinds, $hasTargets, $leadByConvention, $kind:
// or null.
// The one definition of an orphan: a task of kind task that no unit leads or shares.
// Overdue: Task.overdueFrom (set by the model: the day after a dated deadline, unless the task is done) <= today.
// $name, $region: instead of $unitIds, the units called $name (canonically or as printed, within $region when not
// null; include units-named), found by this statement rather than by one of their own; or null.
CALL () {
  WITH $name AS name
  WHERE name IS NOT NULL
// include: units-named
  RETURN collect(u.id) AS named
}
WITH CASE WHEN $name IS NULL THEN $unitIds ELSE named END AS unitIds
// include: tasks-start
WITH d, t, unitIds
// include: tasks-conditions
