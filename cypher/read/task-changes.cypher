// The changes made to these tasks since their document was last deleted (an earlier incarnation's history is not
// theirs; see changes-of-documents.cypher), oldest first.
UNWIND $keys AS key
MATCH (c:Change {taskId: key})
OPTIONAL MATCH (x:Change {documentId: c.documentId, action: 'DELETE_DOCUMENT'})
WITH key, c, max(x.at) AS since
WHERE since IS NULL OR c.at > since
RETURN key, c AS node
ORDER BY c.at
