// Ownership conflicts stored again for some measures in one region, or in one plan without a region, and nowhere
// else (the narrow form of conflicts-refresh, for a change that leaves every measure's id as it was). $groups:
// {region, document, measures}: with a region, the conflicts of those measures in it (scope REGION of that region,
// scope PLAN of its plans; found by the index on region); without one, those of that plan (scope PLAN, region
// unknown). Every conflict lies in one such group (conflict-groups), so the stored ones of the groups are deleted and
// the rule (measure-conflicts-of) is worked out for each measure over its tasks in its groups alone: what it gives
// for the whole measure there, while the stored conflicts of the measure's other groups stand. The tasks are read
// from the region's plans (or the plan), each with the plan and region it was reached by.
CALL () {
  UNWIND $groups AS g
  CALL (g) {
    WITH g
    WHERE g.region IS NOT NULL
    MATCH (c:OwnershipConflict {region: g.region})
    USING INDEX c:OwnershipConflict(region)
    WHERE c.measure IN g.measures
    RETURN c
    UNION
    WITH g
    WHERE g.region IS NULL
    UNWIND g.measures AS id
    MATCH (c:OwnershipConflict {measure: id})
    WHERE c.region IS NULL AND c.document = g.document
    RETURN c
  }
  DELETE c
}
UNWIND $groups AS g
// the tasks of a region's plans in the measures: found from the region's plans, each task's relationships read one
// by one for its measure (about 20 records a task, taken as 400 a plan), when that is less than reading the measures'
// tasks (taskCount); else both sides are read by their own relationship type (a record or two a task) and joined on
// the task (a region of many plans, such as 全国). The two branches differ only in the plan, not in the rows.
WITH g, CASE WHEN g.region IS NULL THEN 0 ELSE 400 * COUNT { (:Region {id: g.region})<-[:ISSUED_IN]-() } END AS fromRegion,
     reduce(n = 0, c IN COLLECT { UNWIND g.measures AS id MATCH (m:Measure {id: id}) RETURN m.taskCount } | n + c)
       AS fromMeasures
CALL (g, fromRegion, fromMeasures) {
  WITH g
  WHERE g.region IS NOT NULL AND fromRegion <= fromMeasures
  MATCH (r:Region {id: g.region})<-[:ISSUED_IN]-(d:Document)-[:HAS_TASK]->(t:Task)-[:OF_MEASURE]->(m:Measure)
  WHERE m.id IN g.measures
  RETURN m, {task: t, plan: d, region: r} AS row
  UNION ALL
  WITH g
  WHERE g.region IS NOT NULL AND fromRegion > fromMeasures
  MATCH (r:Region {id: g.region})<-[:ISSUED_IN]-(d:Document)-[:HAS_TASK]->(t:Task)-[:OF_MEASURE]->(m:Measure)
  USING JOIN ON t
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
