// Units called $name: canonically or as printed. One per region at most.
MATCH (u:Unit)
WHERE (u.name = $name OR $name IN u.aliases)
  AND ($region IS NULL OR u.scope ENDS WITH $region OR u.scope = $region)
RETURN u
ORDER BY u.scope
