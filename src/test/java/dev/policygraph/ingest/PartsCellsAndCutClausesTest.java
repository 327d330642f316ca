package dev.policygraph.ingest;

import static dev.policygraph.ingest.PlanTexts.names;
import static dev.policygraph.ingest.PlanTexts.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parts that are measures by their heading alone, headings that hold a closing word as a measure's verb, task cells
 * that list their items a line each, leads named in a measure's sentence beside a list of units, clauses and lists
 * of values that the end of a page or a unit word cut short. Our own words.
 */
class PartsCellsAndCutClausesTest {

    @Test
    void aPartWhoseHeadingNamesAMeasureOverItsTextIsATaskAndATopicHeadingIsNone() {
        ParsedDocument plan = parse("""
                2025年县教育局工作思路
                一、统筹推进教育优先发展
                一是加强党的领导，夯实学校党组织建设。二是推进依法治教，深化教育评价改革，提升家校共育质量。
                二、大力提升教育质量
                一是推进学前教育普惠发展。二是推进义务教育优质均衡，深化课堂教学改革。
                """);
        assertThat(plan.meta().title()).isEqualTo("2025年县教育局工作思路");
        assertThat(plan.tasks()).extracting(ParsedTask::number, ParsedTask::title, ParsedTask::kind)
                .containsExactly(tuple("一", "统筹推进教育优先发展", Kinds.TASK), tuple("二", "大力提升教育质量", Kinds.TASK));

        ParsedDocument activity = parse("""
                某校读书节活动方案
                一、活动时间
                本学期第十周至第十二周，各班按年级安排开展读书交流活动。
                二、活动内容
                开展好书推荐、读书笔记展评和亲子共读等活动，评选书香班级。
                """);
        assertThat(activity.tasks()).isEmpty(); // parts naming what they are about: no measure
    }

    @Test
    void aHeadingThatOrganisesSomethingIsAMeasureWhereTheClosingPartOfThatNameIsNot() {
        ParsedDocument doc = parse("""
                关于科技支持全县经济发展的若干措施
                一、从快从实组织实施一批科技创新项目
                1.组织企业申报省级科研项目。（县科技局负责）
                2.组织新认定的高新技术企业申报奖励资金。（县科技局、县财政局负责）
                二、组织实施
                1.各单位要明确责任人，按月报送进展。
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::number, ParsedTask::kind, t -> names(t.leads()))
                .containsExactly(
                        tuple("1", Kinds.TASK, List.of("县科技局")),
                        tuple("2", Kinds.TASK, List.of("县科技局")),
                        tuple("1", Kinds.SAFEGUARD, List.of()));
    }

    @Test
    void aClauseTheEndOfThePageCutIsReadWhereItsNamesAreWholeAndDroppedWhereANameIsCut() {
        ParsedDocument whole = parse("""
                某市节能减排工作方案
                一、重点工程
                （一）重点行业绿色升级工程。推进钢铁、水泥行业超低排放改造。（市工业和信息化局、市生态环境局等按职责分工负责，各县区人民政府
                """);
        assertThat(whole.tasks()).extracting(t -> names(t.leads()), t -> names(t.co()), ParsedTask::leadByConvention)
                .containsExactly(tuple(List.of("市工业和信息化局"), List.of("市生态环境局", "各县区人民政府"), true));

        ParsedDocument cut = parse("""
                某市节能减排工作方案
                一、重点工程
                （一）重点行业绿色升级工程。推进钢铁、水泥行业超低排放改造。（牵头单位：市发
                """);
        assertThat(cut.tasks()).extracting(t -> names(t.leads())).containsExactly(List.of()); // 市发: no body's name
    }

    @Test
    void valuesListedWithAUnitEachAreATargetEach() {
        ParsedDocument doc = parse("""
                某市节能减排工作方案
                一、主要目标
                到2025年，化学需氧量、氨氮、氮氧化物重点工程减排量分别达到1043吨、263吨、1907吨。
                """);
        assertThat(doc.targets()).extracting(ParsedTarget::value, ParsedTarget::unit, ParsedTarget::comparator,
                ParsedTarget::year).containsExactly(
                tuple(1043.0, "吨", ">=", 2025), tuple(263.0, "吨", ">=", 2025), tuple(1907.0, "吨", ">=", 2025));
    }

    @Test
    void aTaskCellThatListsItsItemsALineEachIsOneRowTitledByItsFirstItem() {
        ParsedDocument doc = parse("""
                某区2025年垃圾分类工作任务清单
                序号
                任务内容
                责任单位
                1
                1. 推进投放点便利化改造，完成全区200个投放点改造。
                2. 优化废物箱设置布局。
                3. 拓展智慧收运线路范围。
                区绿化市容局
                2
                开展绿色餐厅创建，持续开展光盘行动。
                区文明办
                3
                1. 强化医疗机构分类投放管理责任。
                2. 持续推进垃圾分类进医院。
                区卫健委
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::number, ParsedTask::title, t -> names(t.leads()))
                .containsExactly(
                        tuple("1", "推进投放点便利化改造,完成全区200个投放点改造", List.of("区绿化市容局")),
                        tuple("2", "开展绿色餐厅创建,持续开展光盘行动", List.of("区文明办")),
                        tuple("3", "强化医疗机构分类投放管理责任", List.of("区卫健委")));
    }

    @Test
    void aLeadTheMeasuresSentenceNamesLeadsOverTheFirstOfItsListedUnits() {
        ParsedDocument doc = parse("""
                某区垃圾分类工作方案
                一、健全工作机制
                1、固化联合检查机制。按照管行业也要管垃圾分类的要求，由区绿化市容局牵头，组织各成员单位对重点单位开展联合检查。（责任单位：区教育局、区卫健委、区绿化市容局）
                2、强化宣传引导。开展垃圾分类进校园活动。（责任单位：区教育局、区团委）
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::number, t -> names(t.leads()), t -> names(t.co()),
                ParsedTask::leadByConvention).containsExactly(
                tuple("1", List.of("区绿化市容局"), List.of("区教育局", "区卫健委"), false),
                tuple("2", List.of("区教育局"), List.of("区团委"), true));
    }

    @Test
    void aFieldLabelGluedAfterTheLastUnitEndsTheList() {
        ParsedDocument doc = parse("""
                某县2024年民生实事项目
                一、城镇老旧小区改造
                牵头单位:县城管执法局
                责任单位:莲塘镇任务目标:2024年计划改造完成莲水巷、今日家园及向阳路等住宅小区,改造内容包括外立面、楼梯间等部位改造。
                二、农村供水
                责任单位:县水利局 任务目标:铺设管网100公里。
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::number, t -> names(t.leads()), t -> names(t.co()))
                .containsExactly(tuple("一", List.of("县城管执法局"), List.of("莲塘镇")),
                        tuple("二", List.of("县水利局"), List.of()));
    }

    @Test
    void aClosingPartOfSupportingMeasuresHoldsSafeguardsNotTasks() {
        ParsedDocument doc = parse("""
                某区土地储备工作指导意见
                一、主要任务
                （一）加强土地储备计划管理。按年度编制储备计划，统筹安排储备资金。
                （二）规范征收补偿程序。依法公告征收方案，按标准落实补偿安置。
                二、配套措施
                （一）强化组织领导。成立工作小组，定期研究解决重大问题。
                （二）严格监督管控。加强对补偿资金使用的监督检查。
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::number, ParsedTask::kind).containsExactly(
                tuple("一(一)", Kinds.TASK), tuple("一(二)", Kinds.TASK),
                tuple("二(一)", Kinds.SAFEGUARD), tuple("二(二)", Kinds.SAFEGUARD));
    }
}
