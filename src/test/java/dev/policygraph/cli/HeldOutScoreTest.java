package dev.policygraph.cli;

import org.junit.jupiter.api.Test;

/**
 * The held-out plans (src/test/resources/plans/heldout, README there): ten plans of levels and shapes the parser was
 * not tuned on, written and annotated blind, scored by ../shared/eval/score.py through the same check as the tuned
 * families. The bars (overall and tasks/leads/co 0.90, targets 0.80) are not met yet; the bars here sit a
 * little below the measured scores (overall 0.892, tasks 0.805, leads 0.870, co 0.914, targets 0.975) so that a
 * regression fails, and are to be raised to the bars as the parser's listed errors are fixed. Tuning the
 * parser on these files voids them as a held-out measure.
 */
class HeldOutScoreTest {

    @Test
    void heldOutPlansScoreAtLeastTheirBars() throws Exception {
        new PlanFamiliesScoreTest().scoresAtLeastItsBar("heldout", "src/test/resources/plans/heldout",
                "src/test/resources/plans/heldout.gold.json", 0.87, 0.78, 0.85, 0.89, 0.95);
    }
}
