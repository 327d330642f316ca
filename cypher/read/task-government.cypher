// The government that issued each task's plan: the document's issuing bodies in the order printed, then the bodies
// they report to (nearest first), each once.
UNWIND $keys AS key
MATCH (:Task {id: key})<-[:HAS_TASK]-(:Document)-[i:ISSUED_BY]->(:Unit)-[:REPORTS_TO*0..10]->(b:Unit)
WITH key, b, min(i.position) AS issuer
MATCH p = (b)-[:REPORTS_TO*0..10]->(top:Unit)
WHERE NOT (top)-[:REPORTS_TO]->()
WITH key, b, issuer, max(length(p)) AS height
ORDER BY key, issuer, height DESC, b.id
RETURN key, b AS node
