// How many responsibilities (LEADS, CO_RESPONSIBLE_FOR) a unit carries, kept on the unit with the task tallies
// (cypher/write/unit-workload-add.cypher), so that units(orderBy: WORKLOAD) walks this index from the top instead of
// counting the relationships of every unit (70,265 units at 235,000 tasks). Set on every unit at the first start
// after this migration (persistence.TaskTally).
CREATE INDEX unit_workload IF NOT EXISTS FOR (n:Unit) ON (n.workload);
