// Ownership conflicts stored again for some measures in one region, or in one plan without a region, and nowhere
// else (the narrow form of conflicts-refresh, for a change that leaves every measure's id as it was). $groups:
// {region, document, measures}: with a region, the conflicts of those measures in it (scope REGION of that region,
// scope PLAN of its plans); without one, those of that plan (scope PLAN, region unknown). Every conflict lies in one
// such group (conflict-groups), so the stored ones of the groups are deleted (found by the prefixes of their keys,
// conflict-create: measure, scope, region) and the rule (measure-conflicts-of) is worked out for each measure over its
// tasks in its groups alone: what it gives for the whole measure there, while the stored conflicts of the measure's
// other groups stand. The tasks are found from the region's plans (or the plan), which are few, not from the
// measure, which may have thousands, each with the plan and region it was reached by.
CALL () {
  UNWIND $groups AS g
  UNWIND g.measures AS id
  UNWIND CASE WHEN g.region IS NULL THEN [id + '\nPLAN\n~\n' + g.document]
              ELSE [id + '\nPLAN\n' + g.region + '\n', id + '\nREGION\n' + g.region + '\n'] END AS prefix
  MATCH (c:OwnershipConflict)
  WHERE c.key STARTS WITH prefix AND (g.region IS NOT NULL OR c.key = prefix)
  DELETE c
}
UNWIND $groups AS g
CALL (g) {
  WITH g
  WHERE g.region IS NOT NULL
  MATCH (r:Region {id: g.region})<-[:ISSUED_IN]-(d:Document)-[:HAS_TASK]->(t:Task)-[:OF_MEASURE]->(m:Measure)
  WHERE m.id IN g.measures
  RETURN m, {task: t, plan: d, region: r} AS row
  UNION ALL
  WITH g
  WHERE g.region IS NULL
  MATCH (d:Document {id: g.document})-[:HAS_TASK]->(t:Task)-[:OF_MEASURE]->(m:Measure)
  WHERE m.id IN g.measures AND NOT EXISTS { (d)-[:ISSUED_IN]->(:Region) }
  RETURN m, {task: t, plan: d, region: null} AS row
}
WITH m, collect(row) AS ts
// include: measure-conflicts-of
// include: conflict-create
