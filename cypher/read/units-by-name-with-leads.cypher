// Units called $name (within $region when given; by region), each in one row with the tasks it leads, in document
// and reading order, and (when $documents) the documents of those tasks: a unit's task list and their documents in
// one statement, read through the driver (persistence.NodeProperties) rather than as OGM entities. Of each task only
// the properties named in $taskProperties are read, as [document id, [values in that order]]; of each document
// those in $documentProperties, as [id, [values]]: what the request selects, not every property. At most $limit
// tasks (the API reads one more than a list may hold, enough to refuse it).
// include: units-named
WITH u, COLLECT {
    MATCH (u)-[:LEADS]->(t:Task)<-[:HAS_TASK]-(d:Document)
    WITH t, d ORDER BY d.id, t.position
    LIMIT $limit
    RETURN {t: t, d: d}
  } AS led
RETURN properties(u) AS unit,
  [x IN led | [x.d.id, [p IN $taskProperties | x.t[p]]]] AS leads,
  CASE WHEN $documents THEN COLLECT {
    UNWIND led AS x
    WITH DISTINCT x.d AS d
    RETURN [d.id, [p IN $documentProperties | d[p]]]
  } ELSE [] END AS documents
ORDER BY u.scope
