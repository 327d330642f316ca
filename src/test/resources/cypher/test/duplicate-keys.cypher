// Every stored duplicate pair with its key (V013), by first and second id.
MATCH (a:Document)-[r:DUPLICATE_OF]->(b:Document)
RETURN a.id AS firstId, b.id AS secondId, r.pairKey AS pairKey
ORDER BY firstId, secondId
