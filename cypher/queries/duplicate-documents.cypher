// Pairs of documents that are one document: the same wording (fingerprint), the same number and title, or at
// least $minOverlap Jaccard overlap of their numbered tasks (key and title), with at least three tasks each.
MATCH (d:Document)
OPTIONAL MATCH (d)-[:HAS_TASK]->(t:Task)
WITH d, collect(DISTINCT t.key + '|' + t.titleKey) AS keys
ORDER BY d.id
WITH collect({doc: d, keys: keys}) AS docs
UNWIND range(0, size(docs) - 2) AS i
UNWIND range(i + 1, size(docs) - 1) AS j
WITH docs[i].doc AS a, docs[j].doc AS b, docs[i].keys AS ak, docs[j].keys AS bk
WITH a, b, ak, bk, size([k IN ak WHERE k IN bk]) AS common
WITH a, b, common,
     CASE WHEN size(ak) < 3 OR size(bk) < 3 THEN 0.0
          ELSE toFloat(common) / (size(ak) + size(bk) - common) END AS overlap
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
