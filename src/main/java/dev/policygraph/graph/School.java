package dev.policygraph.graph;

import org.neo4j.ogm.annotation.NodeEntity;

/** A school named in a plan, scoped by region; abbreviations are kept as aliases (衢职院). */
@NodeEntity("School")
public class School extends NamedInRegion {
}
