/**
 * The command-line commands: {@code parse} (no database) and {@code ingest}.
 */
@NullMarked
package dev.policygraph.cli;

import org.jspecify.annotations.NullMarked;
