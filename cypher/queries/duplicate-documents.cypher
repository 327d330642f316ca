// Pairs of documents that are one document: the same wording (fingerprint), the same number and title, or at
// least $minOverlap Jaccard overlap of their numbered tasks (section path + number + title), with at least three
// tasks each. Candidates come from index lookups (fingerprint, docNumber, task titleKey), never from all pairs.
CALL () {
  MATCH (a:Document), (b:Document {fingerprint: a.fingerprint})
  WHERE a.id < b.id
  RETURN a, b
  UNION
  MATCH (a:Document), (b:Document {docNumber: a.docNumber})
  WHERE a.id < b.id AND a.titleKey <> '' AND a.titleKey = b.titleKey
  RETURN a, b
  UNION
  MATCH (a:Document)-[:HAS_TASK]->(x:Task)
  WHERE x.titleKey <> ''
  MATCH (y:Task {titleKey: x.titleKey})<-[:HAS_TASK]-(b:Document)
  WHERE a.id < b.id AND y.key = x.key
  RETURN DISTINCT a, b
}
CALL (a, b) {
  MATCH (a)-[:HAS_TASK]->(x:Task)
  MATCH (b)-[:HAS_TASK]->(y:Task {titleKey: x.titleKey})
  WHERE y.key = x.key
  RETURN count(DISTINCT x.key + '|' + x.titleKey) AS common
}
WITH a, b, common,
     CASE WHEN a.taskKeyCount < 3 OR b.taskKeyCount < 3 THEN 0.0
          ELSE toFloat(common) / (a.taskKeyCount + b.taskKeyCount - common) END AS overlap
WITH a, b, overlap,
     CASE
       WHEN a.fingerprint = b.fingerprint THEN 'SAME_TEXT'
       WHEN a.docNumber IS NOT NULL AND a.docNumber = b.docNumber AND a.titleKey <> '' AND a.titleKey = b.titleKey
         THEN 'SAME_NUMBER_AND_TITLE'
       WHEN overlap >= $minOverlap THEN 'SAME_TASKS'
     END AS reason
WHERE reason IS NOT NULL
RETURN a.id AS first, b.id AS second, CASE reason WHEN 'SAME_TEXT' THEN 1.0 ELSE overlap END AS similarity, reason
ORDER BY first, second
