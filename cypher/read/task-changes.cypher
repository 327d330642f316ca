UNWIND $keys AS key
MATCH (c:Change {taskId: key})
RETURN key, c AS node
ORDER BY c.at
