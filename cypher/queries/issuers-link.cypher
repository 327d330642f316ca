MATCH (d:Document {id: $documentId})
UNWIND $issuers AS i
MERGE (u:Unit {id: i.unitId})
  ON CREATE SET u.name = i.canonical, u.scope = i.scope, u.aliases = []
MERGE (d)-[r:ISSUED_BY]->(u)
SET r.position = i.position
