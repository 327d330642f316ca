// Schools no document or task names any more.
MATCH (s:School)
WHERE NOT ()-[:NAMES]->(s)
DELETE s
