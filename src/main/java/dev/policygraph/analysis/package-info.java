/**
 * Rules over the graph: orphaned tasks, duplicate documents, task search.
 */
@NullMarked
package dev.policygraph.analysis;

import org.jspecify.annotations.NullMarked;
