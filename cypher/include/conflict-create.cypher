// A stored ownership conflict (V015) from a row of the rule (measure-conflicts-of: m, scope, document, region, tasks,
// leads). key: the measure id, the scope, the region (~ when unknown, after every code) and the document (empty for
// scope REGION), separated by line feeds, whose order is the list's (measure, scope, region with unknown last,
// document): a page is read from the index on key in its order, and conflicts-refresh finds the conflicts of a
// measure in a region, or in a plan without one, by prefixes of it. Used by conflicts-refresh, the statement that
// writes conflicts.
CREATE (:OwnershipConflict {key: m.id + '\n' + scope + '\n' + coalesce(region.id, '~') + '\n' + coalesce(document, ''),
                            measure: m.id, scope: scope, document: document, region: region.id, tasks: tasks,
                            leads: leads})
