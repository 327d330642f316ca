// Every task with what the dashboard counts it by, read from the tasks themselves (TaskTallyTest recounts them).
MATCH (:Document)-[:HAS_TASK]->(t:Task)
RETURN t.id AS id, t.kind AS kind, t.status AS status, t.overdueFrom AS overdueFrom, t.dueDate AS dueDate
