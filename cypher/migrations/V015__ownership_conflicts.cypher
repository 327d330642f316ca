// Ownership conflicts stored (issue 12): one OwnershipConflict node per conflict that the rule
// (cypher/include/measure-conflicts-of.cypher) gives, with measure, scope, document, region, tasks, leads and key (the
// measure id, scope, region or ~ and document, separated by line feeds: the order of the key is the list's order), so
// that a page is read from the index on key in its order, the count is a count of nodes, and a measure's conflicts
// are read by its id. They are kept in the transaction of every change that can alter them
// (write/conflicts-refresh.cypher, persistence.OwnershipConflicts). The graphs stored before this migration get them at
// the first start after it (persistence.Database, as the task tallies of V012): filled by the rule itself rather than
// here, so that this file does not change (and stop the start with a changed checksum) when the rule does.
CREATE CONSTRAINT ownership_conflict_key IF NOT EXISTS FOR (n:OwnershipConflict) REQUIRE n.key IS UNIQUE;
CREATE INDEX ownership_conflict_measure IF NOT EXISTS FOR (n:OwnershipConflict) ON (n.measure);
CREATE INDEX ownership_conflict_region IF NOT EXISTS FOR (n:OwnershipConflict) ON (n.region);
// The property names of a conflict, known to the database before any conflict is stored (a node created and deleted
// at once), so that the queries that read them plan without a warning on a graph that has none yet.
CREATE (c:OwnershipConflict {key: '', measure: '', scope: '', document: '', region: '', tasks: [''], leads: ['']})
DELETE c;
