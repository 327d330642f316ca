package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables of targets (指标 / 2025年 / 2027年), and regions below a district (街道) or outside the districts (开发区). */
class TargetTablesAndRegionsTest {

    private static final String PLAN = """
            某市人民政府办公室关于印发某市数字政府建设方案的通知
            某市人民政府办公室
            2025年2月26日
            某市数字政府建设方案
            一、主要任务
            （一）推进政务服务一网通办。建设统一平台。（市政务服务办牵头，市发展改革委配合）
            附件
            主要指标
            序号\t指标\t单位\t2024年（基期值）\t2025年\t2027年\t属性
            1\t政务服务事项网上可办率\t%\t90\t≥95\t100\t约束性
            2\t上云企业数量\t万家\t2.1\t2.8\t—\t预期性
            """;

    @Test
    void everyYearColumnOfATableOfTargetsIsATargetAndTheBaselineIsNone() {
        ParsedDocument doc = new DocumentParser().parse("plan.txt", PLAN.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<ParsedTarget> goals = doc.targets().stream().filter(t -> t.taskNumber() == null).toList();
        assertThat(goals).extracting(ParsedTarget::metric, ParsedTarget::comparator, ParsedTarget::value,
                        ParsedTarget::unit, ParsedTarget::year)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("政务服务事项网上可办率", ">=", 95.0, "%", 2025),
                        org.assertj.core.groups.Tuple.tuple("政务服务事项网上可办率", "=", 100.0, "%", 2027),
                        org.assertj.core.groups.Tuple.tuple("上云企业数量", "=", 28000.0, "家", 2025));
        assertThat(doc.tasks()).extracting(ParsedTask::title).containsExactly("推进政务服务一网通办");
    }

    @Test
    void aDevelopmentZoneAndASubDistrictAreRegionsOfTheirOwn() {
        assertThat(Regions.of("芜湖经济技术开发区管理委员会").name()).isEqualTo("芜湖经济技术开发区");
        Region street = Regions.of("中共西安市雁塔区小寨路街道工作委员会");
        assertThat(street.name()).isEqualTo("西安市雁塔区小寨路街道");
        assertThat(street.districtName()).isEqualTo("西安市雁塔区");
        assertThat(Regions.of("重庆市南岸区教育委员会").name()).isEqualTo("重庆市南岸区");
    }
}
