UNWIND $parents AS p
MATCH (u:Unit {id: p.unitId})
MERGE (parent:Unit {id: p.parentId})
  ON CREATE SET parent.name = p.parentName, parent.scope = p.scope, parent.aliases = []
MERGE (u)-[:REPORTS_TO]->(parent)
