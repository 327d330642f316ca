// units-search with $byWorkload: the units whose name or a printed alias contains $search (all when null),
// optionally within a region, those responsible for most tasks first, then by region and name; at most $limit (all
// when null). Reads the workload kept on each unit (cypher/write/unit-workload-add.cypher) from its index from the
// top, stopping at $limit units, then the units tied with the last of them, where units-search counted the
// relationships of every unit (70,265 units at 235,000 tasks) to sort them.
MATCH (u:Unit)
WHERE u.workload >= 0
  AND ($search IS NULL OR u.name CONTAINS $search OR any(a IN u.aliases WHERE a CONTAINS $search))
  AND ($region IS NULL OR u.scope ENDS WITH $region OR u.scope = $region)
WITH u ORDER BY u.workload DESC
LIMIT coalesce($limit, 1000000000)
WITH collect(u.workload) AS loads
WITH CASE WHEN size(loads) = 0 THEN null ELSE loads[-1] END AS least
MATCH (u:Unit)
WHERE u.workload >= least
  AND ($search IS NULL OR u.name CONTAINS $search OR any(a IN u.aliases WHERE a CONTAINS $search))
  AND ($region IS NULL OR u.scope ENDS WITH $region OR u.scope = $region)
WITH u ORDER BY u.workload DESC, u.scope, u.name
LIMIT coalesce($limit, 1000000000)
RETURN u
