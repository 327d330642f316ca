MATCH (n:Section|Task|Target|DocumentSource)
WHERE n.documentId = $id
DETACH DELETE n
