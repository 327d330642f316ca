// The measures with these ids and their OF_MEASURE links.
UNWIND $ids AS id
MATCH (m:Measure {id: id})
DETACH DELETE m
