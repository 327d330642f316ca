// Each document and the region name it was read with (null when the plan names none).
MATCH (d:Document)
RETURN d.id AS document, d.region AS region
ORDER BY document
