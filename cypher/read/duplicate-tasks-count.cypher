// How many duplicated tasks within one plan or one region (same-measure-scope) there are, of the whole graph or, when
// $regionId is not null, whose region lies in that one: counted in the relationship index on duplicateKey.
// include: duplicate-key-prefixes
CALL (prefix) {
  MATCH ()-[s:SAME_MEASURE]->()
  WHERE s.duplicateKey STARTS WITH prefix
  RETURN count(s) AS n
}
RETURN sum(n) AS total
