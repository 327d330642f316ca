// Every stored ownership conflict with whether it still carries the mark $mark (conflicts-mark), in key order.
MATCH (c:OwnershipConflict)
RETURN c.measure AS measure, c.scope AS scope, c.document AS document, c.region AS region, c.tasks AS tasks,
       c.leads AS leads, coalesce(c.testMark = $mark, false) AS marked
ORDER BY c.key
