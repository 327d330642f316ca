// $rows: {id, name, level, qualifiedName, parent}: regions by division code, then each PART_OF its parent.
CALL () {
  UNWIND $rows AS row
  MERGE (r:Region {id: row.id})
  SET r.name = row.name, r.level = row.level, r.qualifiedName = row.qualifiedName
}
UNWIND $rows AS row
WITH row
WHERE row.parent IS NOT NULL
MATCH (r:Region {id: row.id})
MATCH (p:Region {id: row.parent})
MERGE (r)-[:PART_OF]->(p)
