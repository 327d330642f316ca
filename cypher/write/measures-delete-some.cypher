// At most $limit measures, for a recomputation of all of them in bounded transactions.
MATCH (m:Measure)
WITH m
LIMIT $limit
DETACH DELETE m
RETURN count(*) AS deleted
