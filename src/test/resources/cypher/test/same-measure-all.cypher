// Every SAME_MEASURE link, by its tasks.
MATCH (a:Task)-[s:SAME_MEASURE]->(b:Task)
RETURN a.id AS a, b.id AS b, s.kind AS kind, s.score AS score, s.reciprocal AS reciprocal
ORDER BY a, b
