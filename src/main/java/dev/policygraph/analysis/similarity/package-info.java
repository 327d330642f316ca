/**
 * Similar tasks across plans: which tasks commit to the same measure, as DUPLICATE (the same task restated) or
 * OVERLAP (substantially the same measure in other words).
 *
 * <p>A sub-package of analysis because it is analysis (it answers "which tasks are one measure"), but unlike the
 * rest of analysis it is pure Java: no Spring, no Neo4j, no records of the driver. The CLI uses it without a
 * database ({@code overlaps --json}), and the graph step feeds it the tasks it has stored and writes back the pairs
 * it returns. Only {@link dev.policygraph.analysis.similarity.TaskIndex} and its input and output records are
 * public; the features, the scoring and the thresholds are package-private.
 */
package dev.policygraph.analysis.similarity;
