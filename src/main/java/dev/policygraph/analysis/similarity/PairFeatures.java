package dev.policygraph.analysis.similarity;

/**
 * What the judge reads about two tasks.
 *
 * @param restated        Jaccard similarity of their character trigram sets: 1 for the same wording
 * @param text            cosine of their IDF-weighted character bigram vectors
 * @param samePlan        both tasks belong to one plan: one document, or two renderings of one plan (twins)
 * @param bothSidesDiffer each task has wording the other lacks (a substitution, not a mere addition)
 */
record PairFeatures(double restated, double text, boolean samePlan, boolean bothSidesDiffer) {

    PairFeatures inPlan(boolean same) {
        return new PairFeatures(restated, text, same, bothSidesDiffer);
    }
}
