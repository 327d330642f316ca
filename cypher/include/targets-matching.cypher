// The targets a TargetFilter matches, as rows of (d, g): the one home of that filter, included by targets-page,
// targets-count and targets-count-by-year. Starts from the units' tasks when units are given, else from the year
// index, else from every target. $year, $metric (a part of the metric), $unitIds (targets of tasks these units lead
// or share), $region (the document's region or a region above it), $documentId: or null.
CALL () {
  WITH $unitIds AS ids WHERE ids IS NOT NULL
  UNWIND ids AS id
  MATCH (:Unit {id: id})-[:LEADS|CO_RESPONSIBLE_FOR]->(:Task)-[:SETS_TARGET]->(g:Target)
  RETURN g
  UNION
  WITH $unitIds AS ids WHERE ids IS NULL AND $year IS NOT NULL
  MATCH (g:Target {year: $year})
  RETURN g
  UNION
  WITH $unitIds AS ids WHERE ids IS NULL AND $year IS NULL AND $documentId IS NOT NULL
  MATCH (:Document {id: $documentId})-[:SETS_TARGET]->(g:Target)
  RETURN g
  UNION
  WITH $unitIds AS ids WHERE ids IS NULL AND $year IS NULL AND $documentId IS NULL
  MATCH (g:Target)
  RETURN g
}
MATCH (d:Document)-[:SETS_TARGET]->(g)
WHERE ($year IS NULL OR g.year = $year)
  AND ($metric IS NULL OR g.metric CONTAINS $metric)
  AND ($documentId IS NULL OR d.id = $documentId)
  AND ($region IS NULL OR d.region = $region OR d.region STARTS WITH $region)
  AND ($unitIds IS NULL OR EXISTS {
        MATCH (u:Unit)-[:LEADS|CO_RESPONSIBLE_FOR]->(:Task)-[:SETS_TARGET]->(g)
        WHERE u.id IN $unitIds
      })
