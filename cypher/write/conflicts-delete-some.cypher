// At most $limit stored ownership conflicts (of every measure), for building all of them again in bounded
// transactions; or, when $orphaned, only those whose measure no longer exists (after measures were deleted without
// naming them, measures-delete-some).
MATCH (c:OwnershipConflict)
WHERE NOT $orphaned OR NOT EXISTS { MATCH (:Measure {id: c.measure}) }
WITH c
LIMIT $limit
DELETE c
RETURN count(*) AS deleted
