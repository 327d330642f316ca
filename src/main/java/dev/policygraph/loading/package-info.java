/**
 * Parse, then write: files and seeds into the graph, and documents of older parser versions parsed again.
 */
@NullMarked
package dev.policygraph.loading;

import org.jspecify.annotations.NullMarked;
