// The region each document is ISSUED_IN, by document.
MATCH (d:Document)
OPTIONAL MATCH (d)-[:ISSUED_IN]->(r:Region)
RETURN d.id AS document, r.id AS region, r.name AS name
ORDER BY document
