// Records the version with which the derived data $id was computed.
MERGE (s:GraphState {id: $id})
SET s.version = $version
