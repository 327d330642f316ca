// Links between nodes are relationships only. Nodes stored before this migration also carried the ids of the
// nodes they belong to (documentId, sectionId, parentId, taskId); those copies are removed with their indexes.
// DocumentSource nodes get an id of their own (document id + '/source') instead of their documentId, and the
// byConvention flag of LEADS, a copy of Task.leadByConvention, goes too.
MATCH (s:DocumentSource) WHERE s.id IS NULL AND s.documentId IS NOT NULL
CALL (s) { SET s.id = s.documentId + '/source' } IN TRANSACTIONS OF 10000 ROWS;
CREATE CONSTRAINT document_source_id IF NOT EXISTS FOR (n:DocumentSource) REQUIRE n.id IS UNIQUE;
DROP INDEX section_document IF EXISTS;
DROP INDEX task_document IF EXISTS;
DROP INDEX target_document IF EXISTS;
DROP INDEX document_source_document IF EXISTS;
MATCH (n:Section) WHERE n.documentId IS NOT NULL OR n.parentId IS NOT NULL
CALL (n) { REMOVE n.documentId, n.parentId } IN TRANSACTIONS OF 10000 ROWS;
MATCH (n:Task) WHERE n.documentId IS NOT NULL OR n.sectionId IS NOT NULL
CALL (n) { REMOVE n.documentId, n.sectionId } IN TRANSACTIONS OF 10000 ROWS;
MATCH (n:Target) WHERE n.documentId IS NOT NULL OR n.taskId IS NOT NULL
CALL (n) { REMOVE n.documentId, n.taskId } IN TRANSACTIONS OF 10000 ROWS;
MATCH (n:DocumentSource) WHERE n.documentId IS NOT NULL
CALL (n) { REMOVE n.documentId } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:LEADS]->() WHERE r.byConvention IS NOT NULL
CALL (r) { REMOVE r.byConvention } IN TRANSACTIONS OF 10000 ROWS;
