// Similar tasks grouped into measures, the region hierarchy, and the state of derived data (issue 8).
CREATE CONSTRAINT measure_id IF NOT EXISTS FOR (n:Measure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT graph_state_id IF NOT EXISTS FOR (n:GraphState) REQUIRE n.id IS UNIQUE;
CREATE INDEX measure_task_count IF NOT EXISTS FOR (n:Measure) ON (n.taskCount);
