// $rows: {document, region}: the region a document is issued in (one ISSUED_IN per document).
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MATCH (r:Region {id: row.region})
MERGE (d)-[:ISSUED_IN]->(r)
