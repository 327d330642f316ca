// The measures with these ids and their OF_MEASURE links.
UNWIND $ids AS id
MATCH (m:Measure {id: id})
USING INDEX m:Measure(id)
DETACH DELETE m
