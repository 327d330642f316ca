package dev.policygraph.graph;

import org.neo4j.ogm.annotation.NodeEntity;

/** A government body or other responsible unit, scoped by region (衢州市/衢州市教育局). */
@NodeEntity("Unit")
public class Unit extends NamedInRegion {
}
