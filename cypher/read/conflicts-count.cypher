// How many ownership conflicts (measure-conflicts-of) there are, of all measures or, when $regionId is not null,
// whose region lies in that region (their measures have a task of a plan issued there).
CALL () {
  WITH $regionId AS rid
  WHERE rid IS NULL
  MATCH (m:Measure)
  RETURN m
  UNION
  WITH $regionId AS rid
  WHERE rid IS NOT NULL
  MATCH (:Region {id: rid})<-[:PART_OF*0..]-(:Region)<-[:ISSUED_IN]-(:Document)-[:HAS_TASK]->(:Task)
        -[:OF_MEASURE]->(m:Measure)
  RETURN m
}
// include: measure-conflicts-of
WITH region
WHERE $regionId IS NULL OR EXISTS { MATCH (region)-[:PART_OF*0..]->(:Region {id: $regionId}) }
RETURN count(*) AS total
