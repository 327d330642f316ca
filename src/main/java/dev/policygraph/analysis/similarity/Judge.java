package dev.policygraph.analysis.similarity;

/**
 * The one home of the rule that turns pair features into DUPLICATE, OVERLAP or nothing.
 *
 * <p>Across plans, near-identical wording is a duplicate (a district restating its city's task, a plan copied) and a
 * weaker but real share of the rarer wording is an overlap. Inside one plan (one document, or the web and the PDF
 * text of it) sibling tasks share the plan's vocabulary and often one heading template ("打造一批……的基础教育名校",
 * "……的职业教育名校"), so only a near-verbatim restatement counts, and a template filled in twice (支持郑州机场……,
 * 支持西安机场……) is two measures.
 *
 * <p>Two documents that render one plan (a plan and its division of work that restates nearly every task) are one
 * plan, but a task that the other restates with edits (Jaccard between {@link #DUPLICATE} and
 * {@link #DUPLICATE_SAME_PLAN}) is still a duplicate where the two are each other's closest match in the other's
 * document; the siblings that share its template are not.
 *
 * <p>Across plans, a shared field is not a shared measure. Two plans on one subject (two education plans, a plan on
 * guarantee funds and a task on them in an employment plan) share its vocabulary in every task, so a task's cosine with
 * each task of the other plan is raised alike. The measure it shares is the one that stands out: an overlap must come
 * close to the strongest match that either task has in the other's document ({@link #RIVAL_SHARE}). Two plans that
 * align measure for measure keep their pairs; one task against a whole plan on its subject keeps its best matches.
 * Two tasks that are each other's strongest match in the other's document need less ({@link #OVERLAP_MUTUAL}).
 *
 * <p>A restating plan often merges two measures of the plan it restates into one task (a city's 统筹两个市场 task carries
 * the national 拓展两个市场 and 提前适用政策; a province's 依标配建 task restates half of a national task whose other half
 * is its 布局规划 task). The merged task's stronger match then outranks the other one, which the rival rule drops. A
 * pair is kept as {@link PairFeatures#carried() carried} where it is the other task's strongest match in the merged
 * task's document and the merged task's second strongest in the other's, with a clear cosine
 * ({@link #OVERLAP_CARRIED}) and at least {@link #CARRIED_SHARE} of the strongest match of either task.
 *
 * <p>Two plans on other subjects (an employment plan and a plan on sports events) share only the wording of
 * government work (完善……机制, 加大……投入), and their best-matching tasks stand out by chance: across plans whose
 * documents share little ({@link #SHARED_SUBJECT}) an overlap needs a stronger cosine ({@link #OVERLAP_OTHER_SUBJECT}).
 * A narrow national plan restated by one task of a broad city plan (a cascade) still passes: its wording is shared.
 */
final class Judge {

    /** Trigram Jaccard at or above which two tasks of different plans are the same task restated. */
    static final double DUPLICATE = 0.6;
    /** Inside one plan a restatement must be nearly verbatim. */
    static final double DUPLICATE_SAME_PLAN = 0.9;
    /** Text cosine at or above which two tasks of different plans commit to one measure. */
    static final double OVERLAP = 0.09;
    /**
     * Share of the strongest match that either task has in the other's document that an overlap across plans must
     * reach (the strongest match itself always does).
     */
    static final double RIVAL_SHARE = 0.85;
    /**
     * Text cosine at or above which two tasks that are each other's strongest match in the other's document commit to
     * one measure (two plans on one subject restate their measures in their own words: 义务教育优质均衡, 三支队伍).
     */
    static final double OVERLAP_MUTUAL = 0.075;
    /**
     * Cosine of two documents' subject vectors under which they are plans on other subjects (labelled pairs: the
     * education plans of four cities 0.23 to 0.39, two national plans on guarantees or on bonded zones 0.14, plans on
     * other subjects 0.00 to 0.09, among them a national kindergarten plan against a city's education plan 0.05).
     */
    static final double SHARED_SUBJECT = 0.1;
    /** Text cosine an overlap across plans on other subjects must reach. */
    static final double OVERLAP_OTHER_SUBJECT = 0.2;
    /**
     * Text cosine at or above which a carried pair (one task's second strongest match in the other's document, the
     * other's strongest) commits to one measure (bench/similarity, third pass: labelled halves and the 22-document
     * real set unchanged, the six-document set 0.727 -> 0.833, the 18-document p9 set 0.314 -> 0.377).
     */
    static final double OVERLAP_CARRIED = 0.15;
    /** Share of the strongest match of either task that a carried pair must reach. */
    static final double CARRIED_SHARE = 0.5;
    /** Text cosine at or above which two tasks of one plan commit to one measure. */
    static final double OVERLAP_SAME_PLAN = 0.5;
    /**
     * The share of the titles' cosine in the cosine the rules read where the titles are closer than the texts
     * ({@link #measure}): a task's title names its measure (成果应用 / 城市体检成果应用 / 强化成果应用), while its text
     * restates it in its own words and shares the field's vocabulary with every task of a plan on the same subject
     * (bench/similarity/loo.py, fourth pass: the blind Shanghai set 0.304 -> 0.431, the labelled pairs 0.733 -> 0.724,
     * cascade/ and blind-ov2 unchanged; held out one set at a time it is weak evidence, see README).
     */
    static final double TITLE_SHARE = 0.07;

    private Judge() {
    }

    /**
     * Whether the judge needs {@link PairFeatures#subject()} for this pair: a weak overlap across plans that stands
     * out (so that the documents' vectors are read only for the few pairs where they decide).
     */
    static boolean asksSubject(PairFeatures f) {
        return !f.samePlan() && f.restated() < DUPLICATE && f.text() < OVERLAP_OTHER_SUBJECT && standsOut(f);
    }

    /**
     * Whether the judge needs {@link PairFeatures#carried()} for this pair: a pair across plans that does not stand out
     * by the rival rule but is strong enough to be a carried one (so that the second strongest matches are read only
     * for the few pairs where they decide).
     */
    static boolean asksCarried(PairFeatures f) {
        return !f.samePlan() && f.restated() < DUPLICATE && !standsOutAlone(f) && mayBeCarried(f);
    }

    /**
     * Near the strongest match either task has in the other's document, each other's strongest match, or a measure
     * that one task carries beside a stronger one.
     */
    private static boolean standsOut(PairFeatures f) {
        return standsOutAlone(f) || f.carried() && mayBeCarried(f);
    }

    private static boolean standsOutAlone(PairFeatures f) {
        return f.text() >= OVERLAP && f.text() >= RIVAL_SHARE * f.rival() || f.mutualBest() && f.text() >= OVERLAP_MUTUAL;
    }

    private static boolean mayBeCarried(PairFeatures f) {
        return f.text() >= OVERLAP_CARRIED && f.text() >= CARRIED_SHARE * f.rival();
    }

    /**
     * The cosine the rules read: the text's, raised by {@link #TITLE_SHARE} of the distance to the titles' cosine
     * where the titles are closer than the texts (title evidence only adds: two tasks titled alike in a field whose
     * texts differ come closer; texts alike are never lowered by unlike titles). The text's alone where either task
     * has no title of its own (title negative).
     */
    static double measure(double text, double title) {
        return title <= text ? text : text + TITLE_SHARE * (title - text);
    }

    /** The kind of the pair, or null when the two tasks are not one measure. */
    static PairKind kind(PairFeatures f) {
        if (f.samePlan()) {
            if (f.restated() >= DUPLICATE_SAME_PLAN) {
                return PairKind.DUPLICATE;
            }
            if (f.restated() >= DUPLICATE && f.bothSidesDiffer()) {
                // across two renderings of one plan (a plan and its division of work) a task restated with edits is
                // still the same task where each is the other's closest match; otherwise, and always inside one
                // document, it is one template filled in twice: two measures, for two places or bodies
                return f.renderings() && f.mutualBest() ? PairKind.DUPLICATE : null;
            }
            return f.text() >= OVERLAP_SAME_PLAN ? PairKind.OVERLAP : null;
        }
        if (f.restated() >= DUPLICATE) {
            return PairKind.DUPLICATE;
        }
        boolean subjectShared = f.subject() >= SHARED_SUBJECT || f.text() >= OVERLAP_OTHER_SUBJECT;
        return standsOut(f) && subjectShared ? PairKind.OVERLAP : null;
    }

    /** The score reported with the pair: the trigram Jaccard of a duplicate, the text cosine of an overlap. */
    static double score(PairFeatures f, PairKind kind) {
        double s = kind == PairKind.DUPLICATE ? Math.max(f.restated(), f.text()) : f.text();
        return Math.max(0, Math.min(1, s));
    }
}
