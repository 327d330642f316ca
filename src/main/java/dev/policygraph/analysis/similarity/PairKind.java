package dev.policygraph.analysis.similarity;

/** How two tasks relate when they commit to the same measure. */
public enum PairKind {
    /** The same task restated: near-identical wording (another rendering of one plan, a plan copying another). */
    DUPLICATE,
    /** Substantially the same measure in other words. */
    OVERLAP
}
