// The groups of ownership conflicts (measure-conflicts-of) that a change of these tasks ($tasks), of these units'
// leads ($units) or of these documents ($documents: their tasks, leads and region) may alter, as the graph stands
// now: for each such task in a measure, the measure with the region its plan is issued in (region, document null),
// or with the plan itself when it has no region (region null, document). Every conflict lies in one group: scope
// PLAN is one plan (of one region or none), scope REGION one region. So the conflicts of a measure in a group are the
// rule's over that measure's tasks in the group alone (conflicts-refresh), and a task that joins or leaves a
// measure, or whose leads change, changes no other group's. Each group once.
CALL () {
  UNWIND $tasks AS id
  MATCH (d:Document)-[:HAS_TASK]->(t:Task {id: id})-[:OF_MEASURE]->(m:Measure)
  USING INDEX SEEK t:Task(id)
  RETURN m, d
  UNION
  UNWIND $units AS id
  MATCH (u:Unit {id: id})-[:LEADS]->(t:Task)-[:OF_MEASURE]->(m:Measure)
  USING INDEX SEEK u:Unit(id)
  MATCH (d:Document)-[:HAS_TASK]->(t)
  RETURN m, d
  UNION
  UNWIND $documents AS id
  MATCH (d:Document {id: id})-[:HAS_TASK]->(:Task)-[:OF_MEASURE]->(m:Measure)
  USING INDEX SEEK d:Document(id)
  RETURN m, d
}
OPTIONAL MATCH (d)-[:ISSUED_IN]->(r:Region)
RETURN DISTINCT m.id AS measure, r.id AS region, CASE WHEN r IS NULL THEN d.id END AS document
