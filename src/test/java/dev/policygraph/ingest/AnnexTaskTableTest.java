package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An annex table of a city bureau's guideline (任务编号 | 分项任务 | 工作任务 | 主要部门) with its group cell merged over
 * its rows, and the bureau's own name as the region's source (上海市绿化和市容管理局 is 上海市's, 市容 no county). Our
 * own words in the shape of a city plan.
 */
class AnnexTaskTableTest {

    private static final String PLAN = """
            某市绿化和市容管理局关于推进口袋公园建设的指导意见
            一、总体要求
            坚持以人民为中心，推进口袋公园建设。
            二、重点任务
            (一)优化公园布局。按照服务半径均衡布局。
            附表
            重点安排表

            任务编号

            分项任务

            工作任务

            主要部门

            1

            重点区域

            以滨江地区推动公园开放融合

            相关区政府、市绿化市容局

            2

            以新城中心公园引领环境提升

            某南区政府、某北区政府

            3

            重大项目

            积极推进环城公园带建设

            市绿化市容局、市规划资源局、市发展改革委
            """;

    @Test
    void theRowsOfAnAnnexTableUnderAGroupCellAreTasksWithTheirUnits() {
        ParsedDocument doc = new DocumentParser().parse("plan.txt", PLAN.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.tasks()).filteredOn(t -> "task".equals(t.kind()) && !t.number().contains("("))
                .extracting(ParsedTask::number, ParsedTask::title,
                        t -> t.leads().stream().map(UnitRef::name).toList(), t -> t.co().stream().map(UnitRef::name).toList())
                .containsExactly(
                        tuple("1", "以滨江地区推动公园开放融合", List.of("相关区政府"), List.of("市绿化市容局")),
                        tuple("2", "以新城中心公园引领环境提升", List.of("某南区政府"), List.of("某北区政府")),
                        tuple("3", "积极推进环城公园带建设", List.of("市绿化市容局"), List.of("市规划资源局", "市发展改革委")));
    }

    @Test
    void aBureauOfCityAppearanceNamesItsCityAndThisCityNamesNone() {
        assertThat(Regions.of("上海市绿化和市容管理局").name()).isEqualTo("上海市");
        assertThat(Regions.of("上海市徐汇区绿化和市容管理局").name()).isEqualTo("上海市徐汇区");
        assertThat(Regions.of("本市城市地下市政基础设施建设实施方案")).isNull();
        assertThat(Regions.of("本溪市人民政府").name()).isEqualTo("本溪市");
    }
}
