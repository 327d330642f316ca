// A page of all ownership conflicts (measure-conflicts-of), ordered by measure, scope, region, document: the
// measures are read from the index on their id in its order and their conflicts found one measure at a time, until
// $skip and then $limit conflicts are passed, so that a page reads the measures up to it and no further.
MATCH (m:Measure)
WHERE m.id IS NOT NULL
WITH m
ORDER BY m.id
WITH m, COLLECT { MATCH (m)<-[:OF_MEASURE]-(t:Task) RETURN t } AS ts
// include: measure-conflicts-of
WITH m, scope, document, region, tasks, leads
SKIP $skip
LIMIT $limit
RETURN m.id AS measure, scope, document, region.id AS region, tasks, leads
ORDER BY measure, scope, region, document
