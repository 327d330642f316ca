/**
 * Measures: which similar tasks hold together as one measure, and which similar pairs are reciprocal best matches.
 * Pure Java like {@code analysis.similarity}, whose pairs it takes: the graph step (loading) feeds it the links it
 * stores and writes back the groups it returns.
 */
@NullMarked
package dev.policygraph.analysis.measures;

import org.jspecify.annotations.NullMarked;
