// $links: one row per (unit, task, role). Units are shared across documents of a region: MERGE, never CREATE.
UNWIND $links AS l
MERGE (u:Unit {id: l.unitId})
  ON CREATE SET u.name = l.canonical, u.scope = l.scope, u.aliases = []
SET u.aliases = CASE WHEN l.printed IN u.aliases THEN u.aliases ELSE u.aliases + l.printed END
WITH u, l
MATCH (t:Task {id: l.taskId})
CALL (u, t, l) {
  WITH * WHERE l.role = 'LEAD'
  MERGE (u)-[r:LEADS]->(t)
  SET r.byConvention = l.byConvention, r.position = l.position
}
CALL (u, t, l) {
  WITH * WHERE l.role = 'CO'
  MERGE (u)-[r:CO_RESPONSIBLE_FOR]->(t)
  SET r.position = l.position
}
