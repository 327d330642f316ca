// $rows: one per document, everything that is its own nested in it (see persistence.DocumentRows):
//   {node, source, sections: [{parent, node}], tasks: [{section, node}], targets: [{task, node}],
//    issuers: [{unitId, position}], responsibilities: [{task, unitId, type, position}], schools: [{schoolId, tasks}]}
// parent, section, task(s) are positions in the document's own lists (null for none), so that nothing created here
// is looked up again; units and schools are merged before (units-merge, schools-merge) and found by id.
UNWIND $rows AS r
CREATE (d:Document)
SET d = r.node
FOREACH (source IN CASE WHEN r.source IS NULL THEN [] ELSE [r.source] END |
  CREATE (d)-[:HAS_SOURCE]->(s:DocumentSource)
  SET s = source)
WITH d, r
CALL (r) {
  UNWIND r.sections AS row
  CREATE (s:Section)
  SET s = row.node
  RETURN collect(s) AS sections
}
CALL (d, r, sections) {
  UNWIND range(0, size(sections) - 1) AS i
  WITH d, sections[i] AS s, r.sections[i].parent AS parent, sections
  FOREACH (_ IN CASE WHEN parent IS NULL THEN [1] ELSE [] END | CREATE (d)-[:HAS_SECTION]->(s))
  FOREACH (p IN CASE WHEN parent IS NULL THEN [] ELSE [sections[parent]] END | CREATE (p)-[:HAS_SUBSECTION]->(s))
}
CALL (d, r, sections) {
  UNWIND r.tasks AS row
  CREATE (d)-[:HAS_TASK]->(t:Task)
  SET t = row.node
  FOREACH (s IN CASE WHEN row.section IS NULL THEN [] ELSE [sections[row.section]] END | CREATE (s)-[:CONTAINS]->(t))
  RETURN collect(t) AS tasks
}
CALL (d, r, tasks) {
  UNWIND r.targets AS row
  CREATE (d)-[:SETS_TARGET]->(g:Target)
  SET g = row.node
  FOREACH (t IN CASE WHEN row.task IS NULL THEN [] ELSE [tasks[row.task]] END | CREATE (t)-[:SETS_TARGET]->(g))
}
CALL (d, r) {
  UNWIND r.issuers AS row
  MATCH (u:Unit {id: row.unitId})
  CREATE (d)-[:ISSUED_BY {position: row.position}]->(u)
}
CALL (r, tasks) {
  UNWIND r.responsibilities AS row
  MATCH (u:Unit {id: row.unitId})
  WITH u, row, tasks[row.task] AS t
  FOREACH (_ IN CASE WHEN row.type = 'LEADS' THEN [1] ELSE [] END |
    CREATE (u)-[:LEADS {position: row.position}]->(t))
  FOREACH (_ IN CASE WHEN row.type = 'CO_RESPONSIBLE_FOR' THEN [1] ELSE [] END |
    CREATE (u)-[:CO_RESPONSIBLE_FOR {position: row.position}]->(t))
}
CALL (d, r, tasks) {
  UNWIND r.schools AS row
  MATCH (s:School {id: row.schoolId})
  CREATE (d)-[:NAMES]->(s)
  FOREACH (t IN [i IN row.tasks | tasks[i]] | CREATE (t)-[:NAMES]->(s))
}
