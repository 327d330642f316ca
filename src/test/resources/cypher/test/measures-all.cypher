// Every measure with the ids of its tasks.
MATCH (m:Measure)<-[:OF_MEASURE]-(t:Task)
WITH m, t
ORDER BY t.id
RETURN m.id AS id, m.kind AS kind, m.taskCount AS taskCount, m.documentCount AS documentCount,
       collect(t.id) AS tasks
ORDER BY id
