// Units whose name or a printed alias contains $search (all when null), optionally within a region.
MATCH (u:Unit)
WHERE ($search IS NULL OR u.name CONTAINS $search OR any(a IN u.aliases WHERE a CONTAINS $search))
  AND ($region IS NULL OR u.scope ENDS WITH $region OR u.scope = $region)
RETURN u
ORDER BY u.scope, u.name
