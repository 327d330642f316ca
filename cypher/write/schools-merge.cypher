// $rows: {id, name, scope, aliases}, one per school. Schools are shared by the documents of a region.
UNWIND $rows AS r
MERGE (s:School {id: r.id})
  ON CREATE SET s.name = r.name, s.scope = r.scope, s.aliases = []
SET s.aliases = s.aliases + [a IN r.aliases WHERE NOT a IN s.aliases]
