// Candidate pairs for duplicate documents are found by document number.
CREATE INDEX document_doc_number IF NOT EXISTS FOR (n:Document) ON (n.docNumber);
