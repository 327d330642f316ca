/**
 * The GraphQL endpoint: thin controllers over persistence and analysis; nested lists are batch-loaded.
 */
@NullMarked
package dev.policygraph.api;

import org.jspecify.annotations.NullMarked;
