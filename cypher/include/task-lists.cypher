// The end of a page of tasks (rows of t, in page order): each task with the lists of it that the request selects
// ($lists: some of 'leads', 'coResponsible', 'targets'; a list not asked for is null and not read), in the order of
// task-leads, task-co-responsible and task-targets, so that a page and its lists are one statement.
RETURN t AS node,
  CASE WHEN 'leads' IN $lists
    THEN COLLECT { MATCH (t)<-[r:LEADS]-(u:Unit) RETURN u ORDER BY r.position } END AS leads,
  CASE WHEN 'coResponsible' IN $lists
    THEN COLLECT { MATCH (t)<-[r:CO_RESPONSIBLE_FOR]-(u:Unit) RETURN u ORDER BY r.position } END AS coResponsible,
  CASE WHEN 'targets' IN $lists
    THEN COLLECT { MATCH (t)-[:SETS_TARGET]->(g:Target) RETURN g ORDER BY g.position } END AS targets
