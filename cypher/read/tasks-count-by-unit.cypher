// The tasks a filter matches, counted by the units responsible for them in one of $unitRoles, the $top units with
// most; tasks no unit is responsible for in those roles count under a null key.
// include: tasks-matching
OPTIONAL MATCH (u:Unit)-[r:LEADS|CO_RESPONSIBLE_FOR]->(t)
WHERE type(r) IN $unitRoles
WITH u, count(DISTINCT t) AS count
RETURN u.id AS key, u.name AS label, count
ORDER BY count DESC, key
LIMIT $top
