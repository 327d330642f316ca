// Every SAME_MEASURE link with its stored scope, region and duplicateKey, in the order of the task ids.
MATCH (a:Task)-[s:SAME_MEASURE]->(b:Task)
RETURN a.id AS first, b.id AS second, s.scope AS scope, s.region AS region, s.duplicateKey AS duplicateKey
ORDER BY first, second
