// $rows: {id, name, scope, aliases}, one per school. Schools are shared by the documents of a region.
UNWIND $rows AS r
// (as units-merge: ON MATCH, so that no row is buffered)
MERGE (s:School {id: r.id})
  ON CREATE SET s.name = r.name, s.scope = r.scope, s.aliases = r.aliases
  ON MATCH SET s.aliases = s.aliases + [a IN r.aliases WHERE NOT a IN s.aliases]
