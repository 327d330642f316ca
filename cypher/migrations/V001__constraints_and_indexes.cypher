// Identity of every node kind, and the lookups the API and the ingester make.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (n:Section) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unit_id IF NOT EXISTS FOR (n:Unit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT school_id IF NOT EXISTS FOR (n:School) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT target_id IF NOT EXISTS FOR (n:Target) REQUIRE n.id IS UNIQUE;
CREATE INDEX section_document IF NOT EXISTS FOR (n:Section) ON (n.documentId);
CREATE INDEX task_document IF NOT EXISTS FOR (n:Task) ON (n.documentId);
CREATE INDEX task_title_key IF NOT EXISTS FOR (n:Task) ON (n.titleKey);
CREATE INDEX target_document IF NOT EXISTS FOR (n:Target) ON (n.documentId);
CREATE INDEX document_fingerprint IF NOT EXISTS FOR (n:Document) ON (n.fingerprint);
CREATE INDEX unit_name IF NOT EXISTS FOR (n:Unit) ON (n.name);
