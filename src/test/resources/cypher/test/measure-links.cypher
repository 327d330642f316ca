// The OF_MEASURE links of the measure $id: each task's id and the link's element id.
MATCH (t:Task)-[r:OF_MEASURE]->(:Measure {id: $id})
RETURN t.id AS task, elementId(r) AS link
ORDER BY task
