MATCH (d:Document {id: 'zz-old'})
OPTIONAL MATCH (d)-->(n)
DETACH DELETE d, n
WITH count(*) AS parts
MATCH (u:Unit {id: 'zz-old-unit'})
DETACH DELETE u
