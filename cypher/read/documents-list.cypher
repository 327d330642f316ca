// Every document in id order (the order of the document id index, no sort), with the values of the properties
// named in $properties in their order: the list of all documents reads only what the request selects, as rows
// through the driver, and persistence.NodeProperties makes them into documents without OGM's mapping. A page: after
// the first $skip, at most $limit.
MATCH (d:Document)
WHERE d.id IS NOT NULL
RETURN d.id AS id, [p IN $properties | d[p]] AS values
ORDER BY d.id
SKIP $skip
LIMIT $limit
