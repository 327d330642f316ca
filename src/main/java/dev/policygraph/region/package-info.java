/**
 * Where regions nest: 重庆市南岸区 in 重庆市, 衢州市 in 浙江省, every region in 全国. Pure data (the table
 * {@code region/divisions.tsv}, from the National Bureau of Statistics' division codes) and a lookup; no Spring, no
 * Neo4j, nothing of ours. A package of its own because the graph step (persistence, to write the hierarchy) and the
 * analyses (cascades, conflicts by region) both need it, and neither may depend on the other's side.
 */
package dev.policygraph.region;
