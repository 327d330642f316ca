// $rows: {unitId, count}: the responsibilities (LEADS, CO_RESPONSIBLE_FOR) for tasks a document write has just
// created, counted by the caller from what it wrote (persistence.DocumentRows), one row a unit: added to the unit's
// workload as unit-workload-add adds them, without reading the tasks back; the unit is locked (by a write) before its
// workload is read.
UNWIND $rows AS row
MATCH (u:Unit {id: row.unitId})
USING INDEX SEEK u:Unit(id)
SET u.workloadLock = true
REMOVE u.workloadLock
SET u.workload = coalesce(u.workload, 0) + row.count
