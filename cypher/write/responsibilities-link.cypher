// $rows: {unitId, taskId, type (LEADS or CO_RESPONSIBLE_FOR, see dev.policygraph.graph.Role), position}
UNWIND $rows AS r
MATCH (u:Unit {id: r.unitId})
MATCH (t:Task {id: r.taskId})
MERGE (u)-[rel:$(r.type)]->(t)
SET rel.position = r.position
