MATCH (:Document {id: 'zz-old'})-[:HAS_SOURCE]->(s)
RETURN [s.id] AS keys
