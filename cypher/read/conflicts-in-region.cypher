// A page of the ownership conflicts, as stored (conflicts-refresh), whose region lies in $regionId, ordered by
// measure, scope, region, document: those of that region and of each region within it (from the index on their
// region), skipping $skip, at most $limit.
MATCH (:Region {id: $regionId})<-[:PART_OF*0..]-(r:Region)
WITH collect(DISTINCT r.id) AS regions
MATCH (c:OwnershipConflict)
WHERE c.region IN regions
RETURN c.measure AS measure, c.scope AS scope, c.document AS document, c.region AS region, c.tasks AS tasks,
       c.leads AS leads
ORDER BY c.key
SKIP $skip
LIMIT $limit
