// A page of the duplicated tasks within one plan or one region (the scope that same-measure-scope stores on
// SAME_MEASURE), of the whole graph or, when $regionId is not null, whose region lies in that one: in the order of
// region, first task, second task (unknown regions last), read from the relationship index on duplicateKey in its
// order, one region's range of keys after another (duplicate-key-prefixes), skipping $skip and stopping after $limit.
// Only the page's pairs read their tasks (firstTask, secondTask: the nodes, made into entities from their properties)
// and measure.
// include: duplicate-key-prefixes
CALL (prefix) {
  MATCH ()-[s:SAME_MEASURE]->()
  WHERE s.duplicateKey STARTS WITH prefix
  RETURN s
  ORDER BY s.duplicateKey
}
WITH s
SKIP $skip
LIMIT $limit
MATCH (a:Task)-[s]->(b:Task)
OPTIONAL MATCH (a)-[:OF_MEASURE]->(m:Measure)<-[:OF_MEASURE]-(b)
RETURN a.id AS first, b.id AS second, s.score AS score, s.kind AS kind, s.scope AS scope, s.region AS region,
       m.id AS measure, a AS firstTask, b AS secondTask
ORDER BY s.duplicateKey
