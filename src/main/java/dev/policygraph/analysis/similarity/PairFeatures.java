package dev.policygraph.analysis.similarity;

/**
 * What the judge reads about two tasks.
 *
 * @param restated        Jaccard similarity of their character trigram sets: 1 for the same wording
 * @param text            cosine of their IDF-weighted character bigram vectors
 * @param samePlan        both tasks belong to one plan: one document, or two renderings of one plan (twins)
 * @param renderings      the two tasks are of two documents that are renderings of one plan (then also samePlan)
 * @param bothSidesDiffer each task has wording the other lacks (a substitution, not a mere addition)
 * @param rival           the strongest text cosine that either task has with a task of the other's document (among
 *                        the candidates it was scored against), at least {@code text}: how this pair ranks among
 *                        the pairs the two documents could form
 * @param subject         cosine of the two documents' subject vectors (the heaviest bigrams of the sum of their
 *                        tasks' vectors): how much the two plans share a subject; 1 where it was not needed (the
 *                        judge asks for it only for a weak overlap across plans)
 * @param carried         one task carries the other's measure beside a stronger one: the pair is the other task's
 *                        strongest match in this task's document and this task's second strongest in the other's
 *                        (a restatement that merges two measures of the other plan into one task); read only where
 *                        the judge asks for it
 */
record PairFeatures(double restated, double text, boolean samePlan, boolean bothSidesDiffer, double rival,
                    double subject, boolean renderings, boolean carried) {

    PairFeatures {
        rival = Math.max(rival, text);
        samePlan = samePlan || renderings;
    }

    PairFeatures(double restated, double text, boolean samePlan, boolean bothSidesDiffer, double rival,
                 double subject) {
        this(restated, text, samePlan, bothSidesDiffer, rival, subject, false, false);
    }

    /** Features of a pair seen alone: no other task of either document competes with it. */
    PairFeatures(double restated, double text, boolean samePlan, boolean bothSidesDiffer) {
        this(restated, text, samePlan, bothSidesDiffer, text, 1);
    }

    /** The same pair read as one of two documents that are renderings of one plan. */
    PairFeatures asRenderings() {
        return new PairFeatures(restated, text, true, bothSidesDiffer, rival, subject, true, carried);
    }

    PairFeatures withRival(double strongest) {
        return new PairFeatures(restated, text, samePlan, bothSidesDiffer, strongest, subject, renderings, carried);
    }

    PairFeatures withSubject(double documents) {
        return new PairFeatures(restated, text, samePlan, bothSidesDiffer, rival, documents, renderings, carried);
    }

    PairFeatures withCarried(boolean carries) {
        return new PairFeatures(restated, text, samePlan, bothSidesDiffer, rival, subject, renderings, carries);
    }

    /** Each task is the other's strongest match in the other's document (the rival is read from a float). */
    boolean mutualBest() {
        return text + 1e-6 >= rival;
    }
}
