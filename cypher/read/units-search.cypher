// Units whose name or a printed alias contains $search (all when null), optionally within a region; by region and
// name, or with $byWorkload those responsible for most tasks first (from the relationship counts each node keeps);
// at most $limit (all when null).
MATCH (u:Unit)
WHERE ($search IS NULL OR u.name CONTAINS $search OR any(a IN u.aliases WHERE a CONTAINS $search))
  AND ($region IS NULL OR u.scope ENDS WITH $region OR u.scope = $region)
WITH u, CASE WHEN $byWorkload THEN COUNT { (u)-[:LEADS|CO_RESPONSIBLE_FOR]->() } ELSE 0 END AS load
ORDER BY load DESC, u.scope, u.name
LIMIT coalesce($limit, 1000000000)
RETURN u
