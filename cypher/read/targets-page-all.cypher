// One page of all targets, in document and reading order (the order of targets-page), when no filter narrows them:
// the documents walked in id order from the unique index and the page cut before the rest are read, where
// targets-page, which serves every filter, sorts every target first (1.76 million db hits a page at 235,000 tasks,
// 670 here).
MATCH (d:Document)
WHERE d.id IS NOT NULL
WITH d ORDER BY d.id
CALL (d) {
  MATCH (d)-[:SETS_TARGET]->(g:Target)
  RETURN g ORDER BY g.position
}
WITH g SKIP $skip LIMIT $limit
RETURN g
