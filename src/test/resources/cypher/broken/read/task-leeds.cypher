// A misspelt query file: no ReadQuery constant names it (see QueryFilesTest).
UNWIND $keys AS key
MATCH (:Task {id: key})<-[:LEADS]-(u:Unit)
RETURN key, u AS node
