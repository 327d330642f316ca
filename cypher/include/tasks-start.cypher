// Where a task search starts (analysis.TaskSearch chooses $start): the most selective index the filter allows,
// as rows of (d, t), d the document of task t. Included by tasks-matching (which gives unitIds: the ids of the units
// named, or null); the conditions themselves are all in tasks-conditions.
CALL (unitIds) {
  WITH $start AS start WHERE start = 'text'
  CALL db.index.fulltext.queryNodes('cjk', $query) YIELD node
  MATCH (d:Document)-[:HAS_TASK]->(node)
  RETURN d, node AS t
  UNION
  WITH $start AS start WHERE start = 'ids'
  UNWIND $taskIds AS id
  MATCH (d:Document)-[:HAS_TASK]->(t:Task {id: id})
  RETURN d, t
  UNION
  WITH $start AS start WHERE start = 'units'
  UNWIND unitIds AS id
  MATCH (:Unit {id: id})-[r:LEADS|CO_RESPONSIBLE_FOR]->(t:Task)
  WHERE type(r) IN $relationshipTypes
  MATCH (d:Document)-[:HAS_TASK]->(t)
  RETURN d, t
  UNION
  WITH $start AS start WHERE start = 'document'
  MATCH (d:Document {id: $documentId})-[:HAS_TASK]->(t:Task)
  RETURN d, t
  UNION
  WITH $start AS start WHERE start = 'overdue'
  MATCH (t:Task)
  WHERE t.overdueFrom <= $today
  MATCH (d:Document)-[:HAS_TASK]->(t)
  RETURN d, t
  UNION
  WITH $start AS start WHERE start = 'due'
  MATCH (t:Task)
  WHERE t.dueDate >= coalesce($dueFrom, '0000-01-01') AND t.dueDate <= coalesce($dueTo, '9999-12-31')
  MATCH (d:Document)-[:HAS_TASK]->(t)
  RETURN d, t
  UNION
  WITH $start AS start WHERE start = 'status'
  UNWIND $statuses AS status
  MATCH (t:Task {status: status})
  MATCH (d:Document)-[:HAS_TASK]->(t)
  RETURN d, t
  UNION
  WITH $start AS start WHERE start = 'all'
  // from the documents: far fewer relationships to walk than from each task back to its document
  MATCH (d:Document)-[:HAS_TASK]->(t:Task)
  RETURN d, t
}
