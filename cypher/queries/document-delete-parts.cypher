MATCH (n:Section|Task|Target)
WHERE n.documentId = $id
DETACH DELETE n
