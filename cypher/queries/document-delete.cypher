// A document with its sections, tasks, targets and source text; returns 1 when it existed, else 0.
MATCH (n:Section|Task|Target|DocumentSource)
WHERE n.documentId = $id
DETACH DELETE n
WITH count(*) AS parts
OPTIONAL MATCH (d:Document {id: $id})
DETACH DELETE d
RETURN count(d) AS deleted
