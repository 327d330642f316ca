// $rows: {unitId, parentId}: the unit reports to the parent unit.
UNWIND $rows AS r
MATCH (u:Unit {id: r.unitId})
MATCH (p:Unit {id: r.parentId})
MERGE (u)-[:REPORTS_TO]->(p)
