/**
 * policy-graph: Chinese policy plans as a Neo4j accountability graph behind GraphQL.
 */
@NullMarked
package dev.policygraph;

import org.jspecify.annotations.NullMarked;
