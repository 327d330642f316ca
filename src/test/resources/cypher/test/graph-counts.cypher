// Nodes per label and relationships per type, for checking that a failed write changed nothing.
CALL () {
  MATCH (n)
  UNWIND labels(n) AS label
  RETURN 'node:' + label AS kind, count(*) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'rel:' + type(r) AS kind, count(*) AS count
}
RETURN kind, count
ORDER BY kind
