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

            完成设施的管理移交，签订移交协议

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
    void aRowThatPrintsItsOwnGroupAndLeavesACellEmptyKeepsItsTitle() {
        // row 3 prints a new group and no 工作要求: one cell short like a row whose group is left out, but its cell
        // after the title is no explanation, so no group is carried into it
        ParsedDocument doc = parse(PLAN.replace("""
                3

                协议签订

                完成设施的管理移交，签订移交协议
                """, """
                3

                落实保障

                协议签订
                """));
        assertThat(doc.tasks()).filteredOn(t -> t.number().equals("3")).extracting(ParsedTask::title)
                .containsExactly("协议签订");
    }

    @Test
    void rowsAsWideAsTheHeaderOnceTheirGroupIsCarriedAreReadCellByCell() {
        // every row full once its group is carried: the cells are read in their columns, so a 工作要求 ending in 。
        // does not take the title from the row's own task
        String plan = """
                某区河道移交实施方案

                一、工作目标

                到2026年底，全区河道实现统一养护。

                二、保障措施

                各单位要加强协作，按时完成任务。

                三、工作要求

                按时报送进展。

                附件

                项目序号

                任务类型

                改革任务

                工作要求

                完成时间

                责任部门

                配合部门

                1

                推进平稳移交

                动员部署

                建立区级改革工作小组。

                2025年4月

                区政府

                区水务局

                2

                方案制定

                编制区级改革方案，报区政府审议。

                2025年6月

                区水务局

                区财政局
                区国资委

                3

                构建运营体系

                队伍组建

                组建专业抢险队伍。

                2025年12月

                区城投集团

                区水务局

                4

                一体化运维

                全面实现排水设施一体化运维管理。

                2026年

                区城投集团

                区水务局
                """;
        assertThat(parse(plan).tasks()).filteredOn(t -> t.kind().equals(Kinds.TASK))
                .extracting(ParsedTask::number, ParsedTask::title, t -> names(t.leads()), t -> names(t.co()))
                .containsExactly(
                        tuple("1", "动员部署", List.of("区政府"), List.of("区水务局")),
                        tuple("2", "方案制定", List.of("区水务局"), List.of("区财政局", "区国资委")),
                        tuple("3", "队伍组建", List.of("区城投集团"), List.of("区水务局")),
                        tuple("4", "一体化运维", List.of("区城投集团"), List.of("区水务局")));
    }

    @Test
    void linesOfABlockStayApartInATextWhoseParagraphsFollowOneAnother() {
        // a text of paragraphs a line each, a blank line only between its parts: most blocks hold several lines, so
        // no block says which lines make a cell, and a name over a bracketed line stays two lines
        StringBuilder text = new StringBuilder();
        for (int part = 1; part <= 12; part++) {
            text.append("第").append(part).append("部分工作\n区教育局\n(区体育局)\n各街道、\n相关委、办、局\n\n");
        }
        String[] raws = Paragraphs.normalize(text.toString()).split("\n");
        assertThat(Paragraphs.blockCells(raws)).isSameAs(raws);
        String[] blocks = Paragraphs.normalize(PLAN).split("\n");
        assertThat(List.of(Paragraphs.blockCells(blocks)))
                .contains("区建设管理委(区水务局)", "区城投集团、区养护公司", "任务类型")
                .doesNotContain("区建设管理委");
    }

    @Test
    void aCellBrokenAfterItsEnumerationCommaAndUnitsUnderADeadlineAreJoined() {
        StringBuilder text = new StringBuilder("某区排水改革任务表\n\n");
        for (int i = 1; i <= 14; i++) {
            text.append(i).append("\n\n");
        }
        text.append("防汛抢险、\n排水运维体系建设\n\n2025年6月\n区建设管理委\n(区水务局)\n\n各街道、\n相关委、办、局\n");
        assertThat(List.of(Paragraphs.blockCells(Paragraphs.normalize(text.toString()).split("\n"))))
                .contains("防汛抢险、排水运维体系建设", "2025年6月", "区建设管理委(区水务局)", "各街道、相关委、办、局");
    }

    @Test
    void aSignatureBlockAndAPageMarkStayAsPrinted() {
        StringBuilder text = new StringBuilder("某区排水改革实施方案\n\n");
        for (int i = 1; i <= 10; i++) {
            text.append(i).append(".完成第").append(i).append("项任务。\n\n");
        }
        text.append("加强与媒体的沟通交流，适时推出发展思路、\n第7页 共9页\n特色与亮点。\n\n");
        text.append("某区水务局\n某区建设管理委员会\n2025年3月1日\n(此件公开发布)\n\n");
        text.append("某区财政局\n某区国资委\n\n2025年3月2日\n"); // bodies whose date opens the next block
        String[] raws = Paragraphs.normalize(text.toString()).split("\n");
        assertThat(Paragraphs.blockCells(raws)).isSameAs(raws);
    }
}
