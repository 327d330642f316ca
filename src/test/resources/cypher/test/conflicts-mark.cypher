// Marks every stored ownership conflict with $mark (testMark), so that a later step can tell which it wrote again
// (a conflict stored again is a new node, without the mark); $mark null takes the marks away.
MATCH (c:OwnershipConflict)
SET c.testMark = $mark
