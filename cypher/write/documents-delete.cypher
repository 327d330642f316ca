// The documents with these ids and what is theirs alone: sections, tasks, targets, source text. Units and schools
// they name stay (see units-unreferenced-delete). Returns how many of the documents existed.
UNWIND $ids AS id
MATCH (d:Document {id: id})
USING INDEX SEEK d:Document(id)
CALL (d) {
  OPTIONAL MATCH (d)-[:HAS_SECTION]->(:Section)-[:HAS_SUBSECTION*0..]->(s:Section)
  WITH d, collect(DISTINCT s) AS sections
  OPTIONAL MATCH (d)-[:HAS_TASK|SETS_TARGET|HAS_SOURCE]->(n)
  WITH sections, collect(DISTINCT n) AS others
  FOREACH (p IN sections + others | DETACH DELETE p)
}
DETACH DELETE d
RETURN count(*) AS deleted
