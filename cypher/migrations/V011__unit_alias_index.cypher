// A unit is found by a name it was printed as (unit(name), tasks(filter: {unit})) through this index instead of
// reading every unit's aliases: a full-text index with the keyword analyzer holds each alias whole, as one token.
CREATE FULLTEXT INDEX unit_aliases IF NOT EXISTS FOR (n:Unit) ON EACH [n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
