// Every unit with the workload kept on it and its responsibilities counted from its relationships, in the order of
// units(orderBy: WORKLOAD) (TaskTallyTest).
MATCH (u:Unit)
RETURN u.id AS id, u.name AS name, u.scope AS scope, u.workload AS workload,
       COUNT { (u)-[:LEADS|CO_RESPONSIBLE_FOR]->(:Task) } AS counted
ORDER BY counted DESC, scope, name
