// Duplicated tasks within one plan or one region worked out from the graph as the rule says, the way task-duplicates
// read them before the scope was stored on the links (same-measure-scope): every SAME_MEASURE link, its tasks' plans
// and regions, whose region lies in $regionId (or anywhere when null); ordered by region (unknown last), first, second.
MATCH (a:Task)-[s:SAME_MEASURE]->(b:Task)
MATCH (da:Document)-[:HAS_TASK]->(a)
MATCH (db:Document)-[:HAS_TASK]->(b)
OPTIONAL MATCH (da)-[:ISSUED_IN]->(ra:Region)
OPTIONAL MATCH (db)-[:ISSUED_IN]->(rb:Region)
WITH s, a, b, ra,
     CASE
       WHEN da = db THEN 'PLAN'
       WHEN ra IS NOT NULL AND ra = rb AND s.kind = 'DUPLICATE' THEN 'REGION'
     END AS scope
WHERE scope IS NOT NULL
  AND ($regionId IS NULL OR EXISTS { MATCH (ra)-[:PART_OF*0..]->(:Region {id: $regionId}) })
OPTIONAL MATCH (a)-[:OF_MEASURE]->(m:Measure)<-[:OF_MEASURE]-(b)
RETURN a.id AS first, b.id AS second, s.kind AS kind, scope, ra.id AS region, m.id AS measure
ORDER BY region, first, second
