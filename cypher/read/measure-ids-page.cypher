// The ids of at most $limit measures after the id $after, in id order (from the index on the id), for work on every
// measure in bounded transactions.
MATCH (m:Measure)
WHERE m.id > $after
RETURN m.id AS id
ORDER BY m.id
LIMIT $limit
