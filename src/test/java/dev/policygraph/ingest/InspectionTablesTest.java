package dev.policygraph.ingest;

import static dev.policygraph.ingest.PlanTexts.names;
import static dev.policygraph.ingest.PlanTexts.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inspection plans (双随机抽查计划, 抽查事项清单): the body that starts an inspection (发起部门) leads it, the ones that
 * join it (配合部门, 参检单位) co-operate; the inspecting body named in every row (检查主体) answers for the row only where no
 * other column names the units (股室 beside it). Our own words, in the shape of county and city plans.
 */
class InspectionTablesTest {

    @Test
    void theBodyThatStartsAnInspectionLeadsItAndTheOnesThatJoinCoOperate() {
        ParsedDocument doc = parse("""
                某市文旅局2024年部门联合双随机抽查计划
                序号 | 抽查领域 | 抽查事项 | 检查对象 | 发起部门 | 配合部门 | 完成时限 |
                1 | 娱乐场所监管 | 1.娱乐场所取得许可证情况的检查 | 娱乐经营场所 | 市文旅局 | 市消防救援支队 | 10月底 |
                2 | 旅行社行业监管 | 2.旅行社经营情况的检查 | 旅行社 | 市文旅局 | 市市场监管局 | 11月底 |
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::title, t -> names(t.leads()), t -> names(t.co()))
                .containsExactly(
                        tuple("娱乐场所监管", List.of("市文旅局"), List.of("市消防救援支队")),
                        tuple("旅行社行业监管", List.of("市文旅局"), List.of("市市场监管局")));
    }

    @Test
    void theInspectingBodyAnswersForTheRowUnlessItsSectionsAreNamedBesideIt() {
        ParsedDocument alone = parse("""
                某县卫生健康局2024年度部门联合抽查事项清单
                序号 | 抽查类别 | 抽查事项 | 检查对象 | 检查方式 | 检查主体 | 参检单位 |
                1 | 公共场所卫生的检查 | 对公共场所卫生的监督检查 | 住宿场所 | 现场检查 | 某县卫生健康局 | 某县市场监督管理局 |
                """);
        assertThat(alone.tasks()).extracting(ParsedTask::title, t -> names(t.leads()), t -> names(t.co()))
                .containsExactly(tuple("公共场所卫生的检查", List.of("某县卫生健康局"), List.of("某县市场监督管理局")));

        ParsedDocument sections = parse("""
                某县市场监督管理局2024年双随机抽查工作计划
                序号 | 检查主体 | 年度计划名称 | 检查内容 | 股室 |
                1 | 某县市场监督管理局 | 对特种设备使用单位的行政检查 | 对特种设备使用单位的行政检查 | 特种设备股 |
                """);
        assertThat(sections.tasks()).extracting(ParsedTask::title, t -> names(t.leads()))
                .containsExactly(tuple("对特种设备使用单位的行政检查", List.of("特种设备股")));
    }
}
