// The document of each section: up the HAS_SUBSECTION chain to the top-level section, then HAS_SECTION.
UNWIND $keys AS key
MATCH (:Section {id: key})<-[:HAS_SUBSECTION*0..]-(:Section)<-[:HAS_SECTION]-(d:Document)
RETURN key, d AS node
