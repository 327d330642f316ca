// Every task tally that counts tasks (cypher/write/task-tally-add.cypher: one TaskTally a combination of kind, state
// of progress, overdue day and deadline year, '' for none): a few hundred nodes at most, read in one statement, from
// which analysis.TaskSearch counts the tasks of a kind, states and lateness, by kind, state, lateness or deadline
// year, without reading a task. A request's stats read them once for all the counts they select.
MATCH (c:TaskTally)
WHERE c.count > 0
RETURN c.kind AS kind, c.status AS status, c.overdueFrom AS overdueFrom, c.dueYear AS dueYear, c.count AS count
