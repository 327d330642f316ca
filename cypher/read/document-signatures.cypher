// What dev.policygraph.analysis.DuplicateRule compares, for the documents with these ids.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.fingerprint AS fingerprint, d.docNumber AS docNumber, d.titleKey AS titleKey,
       COLLECT { MATCH (d)-[:HAS_TASK]->(t:Task) RETURN t.key + '|' + t.titleKey } AS taskKeys
