// The tasks linked to each task by SAME_MEASURE with a score of at least $minScore, strongest first, at most $limit.
UNWIND $keys AS key
MATCH (:Task {id: key})-[s:SAME_MEASURE]-(o:Task)
WHERE s.score >= $minScore
WITH key, s, o
ORDER BY s.score DESC, o.id
WITH key, collect({task: o.id, score: s.score, kind: s.kind, reciprocal: s.reciprocal})[..$limit] AS similar
UNWIND similar AS x
RETURN key, x.task AS task, x.score AS score, x.kind AS kind, x.reciprocal AS reciprocal
