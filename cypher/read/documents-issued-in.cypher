// The region (division code) each of the documents with these ids is issued in; a document issued in none has no row.
UNWIND $ids AS id
MATCH (d:Document {id: id})-[:ISSUED_IN]->(r:Region)
USING INDEX SEEK d:Document(id)
RETURN d.id AS document, r.id AS region
