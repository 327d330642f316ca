// At most $limit SAME_MEASURE links, for a recomputation of all of them in bounded transactions.
MATCH ()-[s:SAME_MEASURE]->()
WITH s
LIMIT $limit
DELETE s
RETURN count(*) AS deleted
