// $rows: {document, region}: the region a document is issued in (one ISSUED_IN per document).
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
USING INDEX SEEK d:Document(id)
MATCH (r:Region {id: row.region})
USING INDEX SEEK r:Region(id)
MERGE (d)-[:ISSUED_IN]->(r)
