// $rows: {id, name, scope, aliases}, one per unit. Units are shared by the documents of a region: MERGE, never
// CREATE; names printed for the first time are added to the aliases.
UNWIND $rows AS r
MERGE (u:Unit {id: r.id})
  ON CREATE SET u.name = r.name, u.scope = r.scope, u.aliases = [], u.workload = 0
SET u.aliases = u.aliases + [a IN r.aliases WHERE NOT a IN u.aliases]
