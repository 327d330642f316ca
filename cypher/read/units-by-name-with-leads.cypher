// Units called $name (within $region when given; by region), each in one row with the tasks it leads, in document
// and reading order, and (when $documents) the documents of those tasks: a unit's task list and their documents in
// one statement, read as properties through the driver (persistence.NodeProperties) rather than OGM entities.
// include: units-named
RETURN properties(u) AS unit,
  COLLECT {
    MATCH (u)-[:LEADS]->(t:Task)<-[:HAS_TASK]-(d:Document)
    WITH t, d ORDER BY d.id, t.position
    RETURN {task: properties(t), document: d.id}
  } AS leads,
  CASE WHEN $documents THEN COLLECT {
    MATCH (u)-[:LEADS]->(:Task)<-[:HAS_TASK]-(d:Document)
    WITH DISTINCT d
    RETURN properties(d)
  } ELSE [] END AS documents
ORDER BY u.scope
