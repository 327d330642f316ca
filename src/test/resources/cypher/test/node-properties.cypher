// The properties of every node of a label ($label: Task, Document, Unit or Target), by id.
MATCH (n)
WHERE $label IN labels(n)
RETURN n.id AS id, properties(n) AS properties
ORDER BY id
