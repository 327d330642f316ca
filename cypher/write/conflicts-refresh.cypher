// Ownership conflicts stored, the one place they are written: the OwnershipConflict nodes of the measures $measureIds
// are deleted, and those that the rule (measure-conflicts-of) gives for the measures of these ids that exist are
// created. key: the measure id, the scope, the region (~ when unknown, after every code) and the document (empty for
// scope REGION), separated by line feeds, whose order is the list's (measure, scope, region with unknown last,
// document): a page is read from the index on key in its order (V015). Run in the transaction of every change that
// can alter conflicts, after it (persistence.OwnershipConflicts).
CALL () {
  UNWIND $measureIds AS id
  MATCH (c:OwnershipConflict {measure: id})
  DELETE c
}
UNWIND $measureIds AS id
WITH DISTINCT id
MATCH (m:Measure {id: id})
WITH m, COLLECT { MATCH (m)<-[:OF_MEASURE]-(t:Task) RETURN t } AS ts
// include: measure-conflicts-of
CREATE (:OwnershipConflict {key: m.id + '\n' + scope + '\n' + coalesce(region.id, '~') + '\n' + coalesce(document, ''),
                            measure: m.id, scope: scope, document: document, region: region.id, tasks: tasks,
                            leads: leads})
