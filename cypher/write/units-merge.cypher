// $rows: {id, name, scope, aliases}, one per unit. Units are shared by the documents of a region: MERGE, never
// CREATE; names printed for the first time are added to the aliases.
UNWIND $rows AS r
// (a unit created takes the aliases of its row as they are; a SET after the MERGE that read u.aliases made the planner
// buffer every row: Eager)
MERGE (u:Unit {id: r.id})
  ON CREATE SET u.name = r.name, u.scope = r.scope, u.aliases = r.aliases, u.workload = 0
  ON MATCH SET u.aliases = u.aliases + [a IN r.aliases WHERE NOT a IN u.aliases]
