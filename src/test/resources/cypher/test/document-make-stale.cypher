MATCH (d:Document {id: $id})
SET d.parserVersion = 'old'
