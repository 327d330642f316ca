// How many ownership conflicts, as stored (conflicts-refresh), have their region in $regionId: those of that region
// and of each region within it (from the index on their region).
MATCH (:Region {id: $regionId})<-[:PART_OF*0..]-(r:Region)
WITH collect(DISTINCT r.id) AS regions
MATCH (c:OwnershipConflict)
WHERE c.region IN regions
RETURN count(c) AS total
