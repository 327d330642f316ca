// The ownership conflicts (measure-conflicts-of) of the measures $measureIds, ordered by measure, scope, region,
// document: the total and the rows after the first $skip, at most $limit.
UNWIND $measureIds AS id
MATCH (m:Measure {id: id})
WITH DISTINCT m
ORDER BY m.id
WITH m, COLLECT { MATCH (m)<-[:OF_MEASURE]-(t:Task) RETURN t } AS ts
// include: measure-conflicts-of
WITH collect({measure: m.id, scope: scope, document: document, region: region.id, tasks: tasks, leads: leads})
     AS found
RETURN size(found) AS total, found[$skip..($skip + $limit)] AS page
