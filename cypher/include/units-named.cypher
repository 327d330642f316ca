// Units called $name (rows of u): canonically (the name index) or as printed (the unit_aliases index, which holds
// each alias whole; the query is $name as one quoted phrase, and the alias is compared exactly), within $region when
// it is not null. One per region at most.
CALL () {
  MATCH (u:Unit {name: $name})
  RETURN u
  UNION
  CALL db.index.fulltext.queryNodes('unit_aliases',
      '"' + replace(replace($name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WHERE $name IN node.aliases
  RETURN node AS u
}
WITH u
WHERE $region IS NULL OR u.scope ENDS WITH $region OR u.scope = $region
