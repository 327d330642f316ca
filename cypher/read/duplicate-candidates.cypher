// The stored documents that may be one with one of $documents (rows of id, fingerprint, docNumber, titleKey, sketch),
// found through index seeks only, never by comparing all pairs: the same wording (fingerprint), the same document
// number and title, or a task of the same key and title in both documents' duplicate sketches (Task.sketchKey).
// Documents with the ids in $ids are left out (the batch replaces them). Whether a candidate is a duplicate is
// decided by dev.policygraph.analysis.DuplicateRule.
UNWIND $documents AS doc
CALL (doc) {
  MATCH (b:Document {fingerprint: doc.fingerprint})
  RETURN b
  UNION
  MATCH (b:Document {docNumber: doc.docNumber})
  WHERE doc.titleKey <> '' AND b.titleKey = doc.titleKey
  RETURN b
  UNION
  UNWIND doc.sketch AS key
  MATCH (:Task {sketchKey: key})<-[:HAS_TASK]-(b:Document)
  RETURN b
}
WITH DISTINCT b
WHERE NOT b.id IN $ids
RETURN b.id AS id
ORDER BY id
