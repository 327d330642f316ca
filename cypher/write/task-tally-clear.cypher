// Removes every task tally and sets every unit's workload to 0, before they are built again from the tasks
// (persistence.TaskTally).
CALL () {
  MATCH (c:TaskTally)
  DELETE c
}
MATCH (u:Unit)
SET u.workload = 0
