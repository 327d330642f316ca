// Every SAME_MEASURE link of the tasks with these ids, once, by the ids of its tasks (the documents at both ends are
// the caller's: loading.SimilarTasks has them in its index; expanding to them here, over every relationship of both
// tasks, was most of this statement's work).
UNWIND $ids AS id
// The other end is not tested for its label (a SAME_MEASURE link joins two tasks): a label read a link, 15-20 % of
// the statement, the same rows in the same order.
MATCH (t:Task {id: id})-[s:SAME_MEASURE]-()
USING INDEX SEEK t:Task(id)
WITH DISTINCT s
RETURN startNode(s).id AS a, endNode(s).id AS b, s.score AS score, s.kind AS kind, s.reciprocal AS reciprocal
