/**
 * Coordinators' edits of the graph: responsibilities assigned and removed, progress reported, units merged, named
 * and placed, documents deleted. Each is checked first (a mistake the caller can correct comes back as a
 * {@link dev.policygraph.coordination.UserError} and changes nothing), then made through OGM in one transaction with
 * the {@link dev.policygraph.graph.Change} that records it. Who may make which edit is decided before (security).
 */
@NullMarked
package dev.policygraph.coordination;

import org.jspecify.annotations.NullMarked;
