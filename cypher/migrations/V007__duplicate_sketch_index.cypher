// Tasks in their document's duplicate sketch carry sketchKey (see analysis.DuplicateRule.sketch); documents that
// share one are the candidates for duplicates of nearly the same tasks, found by this index at ingest.
CREATE INDEX task_sketch_key IF NOT EXISTS FOR (n:Task) ON (n.sketchKey);
