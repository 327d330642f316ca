// The audit journal, newest first: one page, optionally of one actor or one document.
MATCH (c:Change)
WHERE ($actor IS NULL OR c.actor = $actor) AND ($documentId IS NULL OR c.documentId = $documentId)
RETURN c
ORDER BY c.at DESC
SKIP $skip
LIMIT $limit
