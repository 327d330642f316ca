// Every SAME_MEASURE link of the tasks with these ids, once, by the ids of its tasks (the documents at both ends are
// the caller's: loading.SimilarTasks has them in its index; expanding to them here, over every relationship of both
// tasks, was most of this statement's work).
UNWIND $ids AS id
MATCH (t:Task {id: id})-[s:SAME_MEASURE]-(:Task)
USING INDEX SEEK t:Task(id)
WITH DISTINCT s
WITH s, startNode(s) AS a, endNode(s) AS b
RETURN a.id AS a, b.id AS b, s.score AS score, s.kind AS kind, s.reciprocal AS reciprocal
