// The property keys of the old-style document's parts, and of its LEADS relationship.
MATCH (:Document {id: 'zz-old'})-[:HAS_SECTION|HAS_TASK|SETS_TARGET|HAS_SOURCE]->(n)
RETURN keys(n) AS keys
UNION ALL
MATCH (:Unit {id: 'zz-old-unit'})-[r:LEADS]->()
RETURN keys(r) AS keys
