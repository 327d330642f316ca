// The measures with these ids and their OF_MEASURE links.
UNWIND $ids AS id
MATCH (m:Measure {id: id})
USING INDEX SEEK m:Measure(id)
DETACH DELETE m
