package dev.policygraph.analysis.measures;

import dev.policygraph.analysis.similarity.PairKind;

/**
 * A SAME_MEASURE link: two tasks that commit to the same measure, with their documents.
 *
 * @param a          id of one task (the smaller)
 * @param b          id of the other
 * @param aDocument  the document of a
 * @param bDocument  the document of b
 * @param score      the similarity engine's score
 * @param kind       DUPLICATE or OVERLAP
 * @param reciprocal each task is the other's best match in the other's document ({@link MeasureRule#links})
 */
public record Link(String a, String b, String aDocument, String bDocument, double score, PairKind kind,
                   boolean reciprocal) {

    /** Both tasks belong to one document. */
    public boolean sameDocument() {
        return aDocument.equals(bDocument);
    }
}
