CREATE (d:Document)
SET d = $document
