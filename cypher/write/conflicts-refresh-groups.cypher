// Ownership conflicts stored again for some measures in one region, or in one plan without a region, and nowhere
// else (the narrow form of conflicts-refresh, for a change that leaves every measure's id as it was). $groups:
// {region, document, measures}: with a region, the conflicts of those measures in it (scope REGION of that region,
// scope PLAN of its plans); without one, those of that plan (scope PLAN, region unknown). Every conflict lies in one
// such group (conflict-groups), so the stored ones of each group are deleted and the rule (measure-conflicts-of) is
// worked out over the measure's tasks in the group alone: what it gives for the whole measure in that group, and
// what the stored conflicts of the measure's other groups are left standing. The tasks are read from the region's
// plans (or the plan), which a region has few of, not from the measure, which may have thousands; its rows for
// another region (a plan issued in two) are left to that region's group.
CALL () {
  UNWIND $groups AS g
  UNWIND g.measures AS id
  MATCH (c:OwnershipConflict {measure: id})
  WHERE CASE WHEN g.region IS NULL THEN c.region IS NULL AND c.document = g.document ELSE c.region = g.region END
  DELETE c
}
UNWIND $groups AS g
CALL (g) {
  WITH g
  WHERE g.region IS NOT NULL
  MATCH (:Region {id: g.region})<-[:ISSUED_IN]-(:Document)-[:HAS_TASK]->(t:Task)-[:OF_MEASURE]->(m:Measure)
  WHERE m.id IN g.measures
  RETURN m, t
  UNION ALL
  WITH g
  WHERE g.region IS NULL
  MATCH (d:Document {id: g.document})-[:HAS_TASK]->(t:Task)-[:OF_MEASURE]->(m:Measure)
  WHERE m.id IN g.measures AND NOT EXISTS { (d)-[:ISSUED_IN]->(:Region) }
  RETURN m, t
}
WITH g, m, collect(t) AS ts
// include: measure-conflicts-of
WITH g, m, scope, document, region, tasks, leads
WHERE CASE WHEN g.region IS NULL THEN region IS NULL AND document = g.document ELSE region.id = g.region END
// include: conflict-create
