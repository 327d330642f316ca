// A page of all ownership conflicts, as stored (conflicts-refresh: the rule of measure-conflicts-of), ordered by
// measure, scope, region, document: read from the index on their key in its order, skipping $skip, at most $limit.
MATCH (c:OwnershipConflict)
WHERE c.key IS NOT NULL
RETURN c.measure AS measure, c.scope AS scope, c.document AS document, c.region AS region, c.tasks AS tasks,
       c.leads AS leads
ORDER BY c.key
SKIP $skip
LIMIT $limit
