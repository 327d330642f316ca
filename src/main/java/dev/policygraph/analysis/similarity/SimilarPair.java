package dev.policygraph.analysis.similarity;

/**
 * Two tasks that commit to the same measure. {@code a} is the smaller id of the two, so that a pair has one spelling.
 *
 * @param a     id of one task
 * @param b     id of the other
 * @param kind  DUPLICATE or OVERLAP
 * @param score similarity in [0,1]; duplicates score at least the duplicate threshold, overlaps at least the overlap one
 */
public record SimilarPair(String a, String b, PairKind kind, double score) {
}
