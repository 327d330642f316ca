// The documents the tasks of each measure come from, at most 200, by id: the first 200 met are taken before they are
// sorted, so a measure of 1,000 tasks is not read whole (at 250,000 tasks, twenty such measures: 627,076 -> 183,068 db
// hits); a measure from more plans than that lists 200 of them (Measure.documentCount has the number of all).
UNWIND $keys AS key
CALL (key) {
  MATCH (:Measure {id: key})<-[:OF_MEASURE]-(:Task)<-[:HAS_TASK]-(d:Document)
  WITH DISTINCT d
  LIMIT 200
  RETURN d ORDER BY d.id
}
RETURN key, d AS node
