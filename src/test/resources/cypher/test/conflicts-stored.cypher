// Every stored ownership conflict (OwnershipConflict nodes), in the order of their key, as conflicts-by-rule lists them.
MATCH (c:OwnershipConflict)
RETURN c.measure AS measure, c.scope AS scope, c.document AS document, c.region AS region, c.tasks AS tasks,
       c.leads AS leads, c.key AS key
ORDER BY c.key
