// The unit and every body above it, nearest first (REPORTS_TO followed to the top; cycles cannot recur).
UNWIND $keys AS key
MATCH (u:Unit {id: key})
MATCH p = (u)-[:REPORTS_TO*0..10]->(top:Unit)
WHERE NOT (top)-[:REPORTS_TO]->()
WITH key, p
ORDER BY length(p) DESC
WITH key, head(collect(p)) AS p
UNWIND range(0, size(nodes(p)) - 1) AS i
RETURN key, nodes(p)[i] AS node
ORDER BY key, i
