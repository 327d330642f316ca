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
// include: tasks-start
WITH d, t
// include: tasks-conditions
