// The ids of the tasks of the measures with these ids.
UNWIND $ids AS id
MATCH (:Measure {id: id})<-[:OF_MEASURE]-(t:Task)
RETURN DISTINCT t.id AS id
