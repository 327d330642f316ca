// The task tallies with a count above 0 (TaskTallyBuildTest).
MATCH (c:TaskTally)
WHERE c.count > 0
RETURN c.key AS key, c.count AS count
ORDER BY key
