// Tasks matching every given condition, in document and reading order: the total and one page of task nodes.
// $query:    Lucene query on the 'cjk' full-text index over title and text, or null
// $taskIds:  only these tasks, or null
// $documentId, $unitIds (with $relationshipTypes: how one of those units is responsible), $orphan: or null
// The one definition of an orphan: a task of kind task that no unit leads or shares.
CALL () {
  WITH $query AS q WHERE q IS NULL AND $taskIds IS NULL
  MATCH (t:Task)
  RETURN t
  UNION
  WITH $query AS q WHERE q IS NULL AND $taskIds IS NOT NULL
  UNWIND $taskIds AS id
  MATCH (t:Task {id: id})
  RETURN t
  UNION
  WITH $query AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('cjk', q) YIELD node
  WHERE $taskIds IS NULL OR node.id IN $taskIds
  RETURN node AS t
}
MATCH (d:Document)-[:HAS_TASK]->(t)
WHERE ($documentId IS NULL OR d.id = $documentId)
  AND ($unitIds IS NULL OR EXISTS {
        MATCH (u:Unit)-[r:LEADS|CO_RESPONSIBLE_FOR]->(t)
        WHERE u.id IN $unitIds AND type(r) IN $relationshipTypes
      })
  AND ($orphan IS NULL OR $orphan = (t.kind = 'task' AND NOT EXISTS { (t)<-[:LEADS|CO_RESPONSIBLE_FOR]-(:Unit) }))
WITH d, t
ORDER BY d.id, t.position
WITH collect(t) AS found
RETURN size(found) AS total, found[$skip..($skip + $limit)] AS page
