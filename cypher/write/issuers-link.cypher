// $rows: {documentId, unitId, position}
UNWIND $rows AS r
MATCH (d:Document {id: r.documentId})
MATCH (u:Unit {id: r.unitId})
MERGE (d)-[i:ISSUED_BY]->(u)
SET i.position = r.position
