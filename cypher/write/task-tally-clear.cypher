// Removes every task tally, before they are built again from the tasks (persistence.TaskTally).
MATCH (c:TaskTally)
DELETE c
