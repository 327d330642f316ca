/**
 * Settings: the one {@code policygraph.*} properties record.
 */
@NullMarked
package dev.policygraph.config;

import org.jspecify.annotations.NullMarked;
