// The ownership conflicts, as stored (conflicts-refresh), of the measures $measureIds, ordered by measure, scope,
// region, document: the total and the rows after the first $skip, at most $limit.
UNWIND $measureIds AS id
MATCH (c:OwnershipConflict {measure: id})
WITH DISTINCT c
ORDER BY c.key
WITH collect({measure: c.measure, scope: c.scope, document: c.document, region: c.region, tasks: c.tasks,
              leads: c.leads}) AS found
RETURN size(found) AS total, found[$skip..($skip + $limit)] AS page
