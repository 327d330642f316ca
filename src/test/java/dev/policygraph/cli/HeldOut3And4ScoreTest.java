package dev.policygraph.cli;

import org.junit.jupiter.api.Test;

/**
 * The third and fourth held-out sets (src/test/resources/plans/heldout3 and heldout4, READMEs there), written and
 * annotated blind, scored by ../shared/eval/score.py through the same check as the other families.
 * <p>
 * heldout3 (8 plans: a tab-separated 清单 whose task cell opens with a heading sentence, (A会同B负责), 专栏 boxes, 一是二是,
 * (1) sub-items, a 考核细则 table, a 附件 table of targets) measured blind on 2026-11-25: overall 0.885, tasks 0.808,
 * leads 0.870, co 0.835, targets 0.857, meta 0.938. heldout4 (8 plans: PDF text with running heads and clauses broken
 * across pages, a cell-per-line 分工表 with merged 重点任务 cells, clauses printed before the task, a 要素保障 part of
 * tasks, 第X条 with (一) lists, a 工作要点 of a sub-district, a development zone) measured blind after the heldout3
 * fixes: overall 0.839, tasks 0.778, leads 0.826, co 0.785, schools 0.923, targets 0.863, meta 0.857. General rules
 * then raised them to 0.996 and 0.975 (see the parser's commits); neither set is blind any more, and the bars sit a
 * little below those figures.
 */
class HeldOut3And4ScoreTest {

    @Test
    void thirdHeldOutPlansScoreAtLeastTheirBars() throws Exception {
        new PlanFamiliesScoreTest().scoresAtLeastItsBar("heldout3", "src/test/resources/plans/heldout3",
                "src/test/resources/plans/heldout3.gold.json", 0.98, 0.98, 0.98, 0.96, 0.97);
    }

    @Test
    void fourthHeldOutPlansScoreAtLeastTheirBars() throws Exception {
        new PlanFamiliesScoreTest().scoresAtLeastItsBar("heldout4", "src/test/resources/plans/heldout4",
                "src/test/resources/plans/heldout4.gold.json", 0.96, 0.98, 0.98, 0.98, 0.97);
    }
}
