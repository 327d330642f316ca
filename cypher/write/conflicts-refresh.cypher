// Ownership conflicts stored again for whole measures: the OwnershipConflict nodes of the measures $measureIds are
// deleted, and those that the rule (measure-conflicts-of) gives for the measures of these ids that exist are created
// (conflict-create). For a measure created, deleted or whose id changed, and when all conflicts are built; a change
// that leaves every measure's id as it was stores again only the groups it touches (conflicts-refresh-groups). Run
// in the transaction of every change that can alter conflicts, after it (persistence.OwnershipConflicts).
CALL () {
  UNWIND $measureIds AS id
  MATCH (c:OwnershipConflict {measure: id})
  DELETE c
}
UNWIND $measureIds AS id
WITH DISTINCT id
MATCH (m:Measure {id: id})
WITH m, COLLECT {
  MATCH (m)<-[:OF_MEASURE]-(t:Task)<-[:HAS_TASK]-(d:Document)
  OPTIONAL MATCH (d)-[:ISSUED_IN]->(r:Region)
  RETURN {task: t, plan: d, region: r}
} AS ts
// include: measure-conflicts-of
// include: conflict-create
