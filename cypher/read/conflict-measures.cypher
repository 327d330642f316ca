// The measures whose ownership conflicts (measure-conflicts-of) a change of these tasks ($tasks), of these units'
// leads ($units) or of these documents ($documents: their tasks, leads and region) may alter: the measures of those
// tasks, of the tasks the units lead, and of the documents' tasks, each id once.
CALL () {
  UNWIND $tasks AS id
  MATCH (:Task {id: id})-[:OF_MEASURE]->(m:Measure)
  RETURN m.id AS id
  UNION
  UNWIND $units AS id
  MATCH (:Unit {id: id})-[:LEADS]->(:Task)-[:OF_MEASURE]->(m:Measure)
  RETURN m.id AS id
  UNION
  UNWIND $documents AS id
  MATCH (:Document {id: id})-[:HAS_TASK]->(:Task)-[:OF_MEASURE]->(m:Measure)
  RETURN m.id AS id
}
RETURN id
