// Documents keep the SHA-256 of the file they were read from; a re-ingest of the same bytes under another name
// finds the stored document by it.
CREATE INDEX document_original_sha256 IF NOT EXISTS FOR (d:Document) ON (d.originalSha256);
