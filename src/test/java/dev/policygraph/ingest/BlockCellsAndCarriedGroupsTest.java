package dev.policygraph.ingest;

import static dev.policygraph.ingest.PlanTexts.names;
import static dev.policygraph.ingest.PlanTexts.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page converted block by block (every paragraph apart from the next by a blank line) whose task table is read a
 * cell a line: a cell printed over the lines of one block stays one cell, and a group column printed in a group's
 * first row only is carried to the rows beneath it. Our own words.
 */
class BlockCellsAndCarriedGroupsTest {

    private static final String PLAN = """
            某区河道管理改革实施方案

            一、工作目标

            到2026年底，全区河道实现统一养护。

            二、保障措施

            各单位要加强协作，按时完成任务。

            附件

            某区河道管理改革任务表

            项目序号

            任务
            类型

            改革任务

            工作要求

            完成时间

            责任单位

            配合单位

            1

            推进平稳移交

            方案编制

            完成区级方案制定

            2025年6月

            区建设管理委
            （区水务局）

            各成员单位

            2

            清单建立

            完成现场盘点和清单锁定

            2025年9月

            区建设管理委
            （区水务局）

            区城投集团
            区养护公司

            3

            协议签订

            签订移交协议

            2025年12月

            区政府

            4

            构建运营体系

            防汛体系建设

            组建专业抢险队伍

            2026年5月

            区城投集团

            区建设管理委
            （区水务局）
            """;

    @Test
    void aCellOverTheLinesOfOneBlockStaysOneCellAndTheGroupPrintedOnceIsCarriedDown() {
        ParsedDocument doc = parse(PLAN);
        assertThat(doc.tasks()).filteredOn(t -> t.kind().equals(Kinds.TASK))
                .extracting(ParsedTask::number, ParsedTask::title, t -> names(t.leads()), t -> names(t.co()))
                .containsExactly(
                        tuple("1", "方案编制", List.of("区建设管理委(区水务局)"), List.of("各成员单位")),
                        tuple("2", "清单建立", List.of("区建设管理委(区水务局)"), List.of("区城投集团", "区养护公司")),
                        tuple("3", "协议签订", List.of("区政府"), List.of()),
                        tuple("4", "防汛体系建设", List.of("区城投集团"), List.of("区建设管理委(区水务局)")));
    }

    @Test
    void linesOfABlockStayApartInAPlanWhoseParagraphsFollowOneAnother() {
        // the same lines without blank lines between the paragraphs: no block says which lines make a cell
        String[] raws = Paragraphs.normalize(PLAN.replace("\n\n", "\n")).split("\n");
        assertThat(Paragraphs.blockCells(raws)).isSameAs(raws);
        String[] blocks = Paragraphs.normalize(PLAN).split("\n");
        assertThat(List.of(Paragraphs.blockCells(blocks)))
                .contains("区建设管理委(区水务局)", "区城投集团、区养护公司", "任务类型")
                .doesNotContain("区建设管理委");
    }
}
