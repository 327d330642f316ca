// How many ownership conflicts (measure-conflicts-of) there are, of all measures or, when $regionId is not null,
// whose region lies in that region (among the tasks of the plans issued there, as conflicts-in-region).
CALL () {
  WITH $regionId AS rid
  WHERE rid IS NULL
  MATCH (m:Measure)
  RETURN m, COLLECT { MATCH (m)<-[:OF_MEASURE]-(t:Task) RETURN t } AS ts
  UNION
  WITH $regionId AS rid
  WHERE rid IS NOT NULL
  MATCH (:Region {id: rid})<-[:PART_OF*0..]-(:Region)<-[:ISSUED_IN]-(:Document)-[:HAS_TASK]->(t:Task)
        -[:OF_MEASURE]->(m:Measure)
  RETURN m, collect(DISTINCT t) AS ts
}
// include: measure-conflicts-of
WITH region
WHERE $regionId IS NULL OR EXISTS { MATCH (region)-[:PART_OF*0..]->(:Region {id: $regionId}) }
RETURN count(*) AS total
