// The region and every region it lies in, nearest first, up to 全国.
UNWIND $keys AS key
MATCH p = (:Region {id: key})-[:PART_OF*0..5]->(top:Region)
WHERE NOT (top)-[:PART_OF]->()
UNWIND range(0, size(nodes(p)) - 1) AS i
RETURN key, nodes(p)[i] AS node
ORDER BY key, i
