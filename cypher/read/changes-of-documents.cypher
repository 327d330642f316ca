// The corrections recorded for tasks of these documents since each was last deleted, in the order they were made
// (loading.Corrections applies them again to a document written anew).
UNWIND $ids AS id
OPTIONAL MATCH (x:Change {documentId: id, action: 'DELETE_DOCUMENT'})
WITH id, max(x.at) AS since
MATCH (c:Change {documentId: id})
WHERE c.action IN $actions AND (since IS NULL OR c.at > since)
RETURN c
ORDER BY c.at
