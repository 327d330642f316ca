// One page of the targets a TargetFilter matches, in document and reading order.
// include: targets-matching
WITH d, g
ORDER BY d.id, g.position
SKIP $skip
LIMIT $limit
RETURN g
