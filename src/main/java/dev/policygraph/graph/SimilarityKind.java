package dev.policygraph.graph;

/**
 * How two tasks that commit to the same measure relate: the {@code kind} of (:Task)-[:SAME_MEASURE]->(:Task), and of
 * a (:Measure) (DUPLICATE when every link holding it together is a duplicate). Stored and served by constant name.
 */
public enum SimilarityKind {
    /** The same task restated: near-identical wording. */
    DUPLICATE,
    /** Substantially the same measure in other words. */
    OVERLAP
}
