// Duplicated tasks within one plan or one region, the one definition (Query.duplicateTasks, Measure.duplicates), set
// on the SAME_MEASURE link s from ends, a map {a, b, aDocument, bDocument, aRegion, bRegion, kind}: its first task's
// id (the smaller), its second's, the ids of their documents, the region ids (division codes) their documents are
// issued in (null for none) and the link's kind. A link between two tasks of one document is of scope PLAN (either
// kind: inside a plan the engine links only near-verbatim restatements and overlaps of cosine 0.5 or more); a
// DUPLICATE link between tasks of two documents issued in one region is of scope REGION; any other link has none. A
// link with a scope carries the region of its first task's plan, null when unknown, and duplicateKey: that region (~
// when unknown, after every code), a line feed, the first task id, a line feed, the second: the order of the key is
// the order of (region, first, second) with unknown regions last, so that a page of duplicate tasks is read from the
// relationship index on the key (V014) in its order. Included by same-measure-scope (links stored, their ends read
// from the graph) and same-measure-create-fresh and same-measure-create (links written with their scope at once).
WITH s, ends,
     CASE
       WHEN ends.aDocument = ends.bDocument THEN 'PLAN'
       WHEN ends.aRegion IS NOT NULL AND ends.aRegion = ends.bRegion AND ends.kind = 'DUPLICATE' THEN 'REGION'
     END AS scope
SET s.scope = scope,
    s.region = CASE WHEN scope IS NULL THEN null ELSE ends.aRegion END,
    s.duplicateKey = CASE WHEN scope IS NULL THEN null ELSE coalesce(ends.aRegion, '~') + '\n' + ends.a + '\n' + ends.b END
