// How many ownership conflicts there are, as stored (conflicts-refresh): a count of nodes.
MATCH (c:OwnershipConflict)
RETURN count(c) AS total
