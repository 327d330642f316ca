// Pairs of documents that may be one document, found through index lookups only, never by comparing all pairs:
// the same wording (fingerprint), the same document number, or a numbered task with the same key and title.
// Whether a candidate pair is a duplicate is decided by dev.policygraph.analysis.DuplicateRule.
CALL () {
  MATCH (a:Document)
  MATCH (b:Document {fingerprint: a.fingerprint})
  WHERE a.id < b.id
  RETURN a, b
  UNION
  MATCH (a:Document)
  MATCH (b:Document {docNumber: a.docNumber})
  WHERE a.id < b.id
  RETURN a, b
  UNION
  MATCH (a:Document)-[:HAS_TASK]->(x:Task)
  WHERE x.titleKey <> ''
  MATCH (y:Task {titleKey: x.titleKey})<-[:HAS_TASK]-(b:Document)
  WHERE a.id < b.id AND y.key = x.key
  RETURN DISTINCT a, b
}
RETURN a.id AS first, b.id AS second
ORDER BY first, second
