// The measures that tasks of the documents with these ids belong to.
UNWIND $ids AS id
MATCH (d:Document {id: id})-[:HAS_TASK]->(:Task)-[:OF_MEASURE]->(m:Measure)
USING INDEX SEEK d:Document(id)
RETURN DISTINCT m.id AS id
