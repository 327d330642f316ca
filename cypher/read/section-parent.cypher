UNWIND $keys AS key
MATCH (:Section {id: key})<-[:HAS_SUBSECTION]-(p:Section)
RETURN key, p AS node
