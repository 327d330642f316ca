// The bodies the lead units of each task report to, followed to the top: nearest first, each once.
UNWIND $keys AS key
MATCH (:Task {id: key})<-[l:LEADS]-(:Unit)-[:REPORTS_TO*1..10]->(b:Unit)
WITH key, b, min(l.position) AS lead
MATCH p = (b)-[:REPORTS_TO*0..10]->(top:Unit)
WHERE NOT (top)-[:REPORTS_TO]->()
WITH key, b, lead, max(length(p)) AS height
ORDER BY key, lead, height DESC, b.id
RETURN key, b AS node
