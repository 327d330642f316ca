MATCH (d:Document {id: $documentId})
UNWIND $sections AS s
CREATE (section:Section)
SET section = s
WITH d, section
OPTIONAL MATCH (parent:Section {id: section.parentId})
FOREACH (_ IN CASE WHEN parent IS NULL THEN [1] ELSE [] END | CREATE (d)-[:HAS_SECTION]->(section))
FOREACH (_ IN CASE WHEN parent IS NULL THEN [] ELSE [1] END | CREATE (parent)-[:HAS_SUBSECTION]->(section))
