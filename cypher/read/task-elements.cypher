// The element id of every task of kind $kind, with its task id: what the computation of all SAME_MEASURE links
// creates them with (same-measure-create-new: a node seek by element id per task, instead of a locking seek of the
// unique task id index).
MATCH (t:Task)
WHERE t.kind = $kind
RETURN t.id AS id, elementId(t) AS element
