MATCH (d:Document)
RETURN d
ORDER BY d.id
