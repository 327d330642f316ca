// The units that share a task of each measure, at most 200, by region and name: the first 200 met are taken before
// they are sorted, so a large measure is not read whole (see measure-documents).
UNWIND $keys AS key
CALL (key) {
  MATCH (:Measure {id: key})<-[:OF_MEASURE]-(:Task)<-[:CO_RESPONSIBLE_FOR]-(u:Unit)
  WITH DISTINCT u
  LIMIT 200
  RETURN u ORDER BY u.scope, u.name
}
RETURN key, u AS node
