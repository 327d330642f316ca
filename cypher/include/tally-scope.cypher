// The tasks a tally step is given, as rows of t: those of the documents $documentIds, the tasks $taskIds, or every
// task ($all). The one home of that scope, included by task-tally-add and unit-workload-add.
CALL () {
  UNWIND coalesce($documentIds, []) AS id
  MATCH (d:Document {id: id})-[:HAS_TASK]->(t:Task)
  USING INDEX SEEK d:Document(id)
  RETURN t
  UNION ALL
  UNWIND coalesce($taskIds, []) AS id
  MATCH (t:Task {id: id})
  USING INDEX SEEK t:Task(id)
  RETURN t
  UNION ALL
  WITH $all AS everything WHERE everything
  MATCH (t:Task)
  RETURN t
}
