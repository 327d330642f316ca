// Tasks matching the filter: full-text ($query, Lucene syntax on the 'cjk' index), document, units and role,
// orphans. Returns the total and one page of ids in document and reading order.
CALL () {
  WITH $query AS q WHERE q IS NULL
  MATCH (t:Task)
  RETURN t
  UNION
  WITH $query AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('cjk', q) YIELD node
  RETURN node AS t
}
WITH t
WHERE ($documentId IS NULL OR t.documentId = $documentId)
  AND ($unitIds IS NULL OR EXISTS {
        MATCH (u:Unit)-[r:LEADS|CO_RESPONSIBLE_FOR]->(t)
        WHERE u.id IN $unitIds AND type(r) IN $relationships
      })
  AND ($orphan IS NULL OR $orphan = (t.kind = 'task' AND NOT EXISTS { (t)<-[:LEADS|CO_RESPONSIBLE_FOR]-(:Unit) }))
WITH t
ORDER BY t.documentId, t.position
WITH collect(t.id) AS ids
RETURN size(ids) AS total, ids[$skip..($skip + $limit)] AS page
