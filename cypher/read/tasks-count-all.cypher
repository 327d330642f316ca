// How many tasks there are: read from Neo4j's count store, without touching a task.
MATCH (t:Task)
RETURN count(t) AS count
