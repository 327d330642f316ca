// Counts of tasks by kind, state of progress, overdue day and deadline year (TaskTally, one node a combination),
// kept in the transactions that write tasks (cypher/write/task-tally-add.cypher), so that counting tasks without a
// filter reads a few hundred tallies instead of every task. Built from the tasks at the first start after this
// migration (persistence.Database).
CREATE CONSTRAINT task_tally_key IF NOT EXISTS FOR (n:TaskTally) REQUIRE n.key IS UNIQUE;
