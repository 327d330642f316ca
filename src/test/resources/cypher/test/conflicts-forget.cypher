// As a graph of a version before V015's conflicts: no stored conflict, and no record of having built them.
MATCH (c:OwnershipConflict)
DELETE c
WITH count(*) AS deleted
OPTIONAL MATCH (s:GraphState {id: 'ownership-conflicts'})
DELETE s
