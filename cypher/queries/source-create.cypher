// The text a document was parsed from, kept apart from the Document node so that reading documents stays light.
MATCH (d:Document {id: $documentId})
CREATE (d)-[:HAS_SOURCE]->(:DocumentSource {documentId: $documentId, text: $text})
