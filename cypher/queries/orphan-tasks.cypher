// Work tasks (kind 'task') that no unit leads or shares, optionally of one document.
MATCH (t:Task {kind: 'task'})
WHERE ($documentId IS NULL OR t.documentId = $documentId)
  AND NOT EXISTS { (t)<-[:LEADS|CO_RESPONSIBLE_FOR]-(:Unit) }
RETURN t.id AS id
ORDER BY t.documentId, t.position
