// The prefixes of SAME_MEASURE.duplicateKey (same-measure-scope) that select the duplicated tasks whose region lies
// in $regionId, as rows of prefix in key order: the code of each region within it (its own included) and a line
// feed, in code order (a code that is a prefix of another sorts first, as its keys do, the line feed coming before
// every digit); one empty prefix (every key) when $regionId is null.
CALL () {
  WITH $regionId AS rid
  WHERE rid IS NULL
  RETURN [''] AS prefixes
  UNION
  WITH $regionId AS rid
  WHERE rid IS NOT NULL
  MATCH (:Region {id: rid})<-[:PART_OF*0..]-(r:Region)
  WITH DISTINCT r.id AS code
  ORDER BY code
  RETURN collect(code + '\n') AS prefixes
}
UNWIND prefixes AS prefix
