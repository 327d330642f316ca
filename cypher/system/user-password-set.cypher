// Run on the system database of the embedded server at every start: the Bolt user's password is the one of the
// data directory's bolt-password file (or of POLICYGRAPH_BOLT_PASSWORD), and no change of it is pending.
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED
