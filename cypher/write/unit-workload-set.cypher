// Sets the workload of the units $unitIds to the number of their responsibilities for tasks (LEADS,
// CO_RESPONSIBLE_FOR), as unit-workload-add keeps it: after an edit that saves a unit with its relationships (a merge
// moves another unit's responsibilities to it), in the edit's transaction (persistence.GraphEntities).
UNWIND $unitIds AS id
MATCH (u:Unit {id: id})
SET u.workload = COUNT { (u)-[:LEADS|CO_RESPONSIBLE_FOR]->(:Task) }
