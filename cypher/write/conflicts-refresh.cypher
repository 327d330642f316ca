// Ownership conflicts stored again, the one statement that writes them, in the transaction of every change that can
// alter them, after it (persistence.OwnershipConflicts), and when all of them are built. $measureIds: measures stored
// again whole (created, deleted, or whose id changed; every measure when all are built): their stored conflicts are
// deleted, and those that the rule (measure-conflicts-of) gives for the measures of these ids that exist are created.
// $groups: {region, document, measures}, for the other measures a change touches: with a region, the conflicts of
// those measures in it (scope REGION of that region, scope PLAN of its plans); without one, those of that plan (scope
// PLAN, region unknown). Every conflict lies in one such group (conflict-groups), so the stored ones of the groups are
// deleted (found by the prefixes of their keys, conflict-create: measure, scope, region) and the rule is worked out
// for each measure over its tasks in those groups alone: what it gives for the whole measure there, while the stored
// conflicts of its other groups stand. A group's tasks are found from its region's plans (or its plan), which are
// few, not from the measure, which may have thousands. Each task goes to the rule with the plan and region it was
// reached by. A measure is in $measureIds or in $groups, not both.
CALL () {
  UNWIND $measureIds AS id
  MATCH (c:OwnershipConflict {measure: id})
  USING INDEX SEEK c:OwnershipConflict(measure)
  DELETE c
}
CALL () {
  UNWIND $groups AS g
  UNWIND g.measures AS id
  UNWIND CASE WHEN g.region IS NULL THEN [id + '\nPLAN\n~\n' + g.document]
              ELSE [id + '\nPLAN\n' + g.region + '\n', id + '\nREGION\n' + g.region + '\n'] END AS prefix
  MATCH (c:OwnershipConflict)
  USING INDEX SEEK c:OwnershipConflict(key)
  WHERE c.key STARTS WITH prefix AND (g.region IS NOT NULL OR c.key = prefix)
  DELETE c
}
CALL () {
  UNWIND $measureIds AS id
  WITH DISTINCT id
  MATCH (m:Measure {id: id})<-[:OF_MEASURE]-(t:Task)<-[:HAS_TASK]-(d:Document)
  USING INDEX SEEK m:Measure(id)
  OPTIONAL MATCH (d)-[:ISSUED_IN]->(r:Region)
  RETURN m, {task: t, plan: d, region: r} AS row
  UNION ALL
  UNWIND $groups AS g
  MATCH (r:Region {id: g.region})<-[:ISSUED_IN]-(d:Document)-[:HAS_TASK]->(t:Task)-[:OF_MEASURE]->(m:Measure)
  USING INDEX SEEK r:Region(id)
  WHERE m.id IN g.measures
  RETURN m, {task: t, plan: d, region: r} AS row
  UNION ALL
  UNWIND $groups AS g
  WITH g
  WHERE g.region IS NULL
  MATCH (d:Document {id: g.document})-[:HAS_TASK]->(t:Task)-[:OF_MEASURE]->(m:Measure)
  USING INDEX SEEK d:Document(id)
  WHERE m.id IN g.measures AND NOT EXISTS { (d)-[:ISSUED_IN]->(:Region) }
  RETURN m, {task: t, plan: d, region: null} AS row
}
WITH m, collect(row) AS ts
// include: measure-conflicts-of
// include: conflict-create
