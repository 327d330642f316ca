// Source texts are found by document when a document is replaced or deleted.
CREATE INDEX document_source_document IF NOT EXISTS FOR (n:DocumentSource) ON (n.documentId);
