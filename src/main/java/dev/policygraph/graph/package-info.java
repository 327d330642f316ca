/**
 * The graph model: OGM entities for every node and relationship kind, linked only through their relationship
 * fields, and the enums of its closed sets. Depends on nothing else of the application.
 */
@NullMarked
package dev.policygraph.graph;

import org.jspecify.annotations.NullMarked;
