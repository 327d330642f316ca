// The version with which the derived data $id (similar tasks and measures, regions) was last computed, or null.
OPTIONAL MATCH (s:GraphState {id: $id})
RETURN s.version AS version
