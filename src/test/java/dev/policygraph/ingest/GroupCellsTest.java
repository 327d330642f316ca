package dev.policygraph.ingest;

import static dev.policygraph.ingest.PlanTexts.names;
import static dev.policygraph.ingest.PlanTexts.parse;
import static dev.policygraph.ingest.PlanTexts.task;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Task tables whose rows are numbered one by one under a cell merged over several of them, and the marks such tables
 * put before a row's words. Every text is written for the test in the shape such annexes have.
 */
class GroupCellsTest {

    @Test
    void rowsNumberedUnderAMergedCellAreTitledByTheirOwnMeasure() {
        ParsedDocument d = parse("""
                某市节能降碳行动方案
                附件
                任务分工表
                序号
                事项
                工作措施
                责任单位
                1
                “节能+园区”工程
                推动园区建设集中供热设施,淘汰分散燃煤锅炉。
                市发展改革委
                2
                开展园区能效诊断,建立改造项目清单。
                市工业和信息化局
                3
                新建园区同步规划分布式能源设施。
                市自然资源局
                4
                “节能+建筑”工程
                推进公共建筑节能改造,实施能耗限额管理。
                市住房城乡建设局
                5
                推广超低能耗建筑,提高新建建筑节能标准。
                市住房城乡建设局、市市场监管局
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly(
                "推动园区建设集中供热设施,淘汰分散燃煤锅炉",
                "开展园区能效诊断,建立改造项目清单",
                "新建园区同步规划分布式能源设施",
                "推进公共建筑节能改造,实施能耗限额管理",
                "推广超低能耗建筑,提高新建建筑节能标准");
        assertThat(names(task(d, "2").leads())).containsExactly("市工业和信息化局");
        assertThat(names(task(d, "5").co())).containsExactly("市市场监管局");
    }

    @Test
    void aShortRowPlacedFromTheLeftIsStillTitledByItsMeasure() {
        ParsedDocument d = parse("""
                某区生活垃圾分类实施方案
                附件
                重点任务分解表
                序号
                任务名称
                任务内容
                牵头部门
                配合部门
                时间节点
                1
                健全工作机制
                召开全区动员大会,建立联席会议制度。
                区政府办公室
                各成员单位
                2024年3月
                2
                将垃圾分类纳入年度绩效考核。
                区委组织部
                区绿化市容局
                2024年
                3
                建立街镇工作例会制度,量化工作目标。
                各街镇
                区绿化市容局
                2024年6月
                4
                推进源头减量
                限制宾馆饭店使用一次性用品。
                区商务委
                区市场监管局
                2024年
                5
                推广净菜上市,减少湿垃圾产生。
                区市场监管局
                区商务委
                2024年
                6
                强化执法监督
                开展混装混运专项执法。
                区城管执法局
                区绿化市容局
                2024年
                7
                公开选聘社会监督员,公示监督电话。
                区绿化市容局
                各街镇
                2024年
                8
                加强宣传引导
                开展垃圾分类进社区宣传。
                区委宣传部
                各街镇
                2024年
                9
                完善设施配置
                配齐分类收运车辆。
                区绿化市容局
                各街镇
                2024年
                10
                推进农村垃圾分类
                配齐农户分类投放桶。
                各镇
                区农业农村委
                2024年
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly(
                "召开全区动员大会,建立联席会议制度",
                "将垃圾分类纳入年度绩效考核",
                "建立街镇工作例会制度,量化工作目标",
                "限制宾馆饭店使用一次性用品",
                "推广净菜上市,减少湿垃圾产生",
                "开展混装混运专项执法",
                "公开选聘社会监督员,公示监督电话",
                "开展垃圾分类进社区宣传",
                "配齐分类收运车辆",
                "配齐农户分类投放桶");
        assertThat(names(task(d, "3").leads())).containsExactly("各街镇");
        assertThat(names(task(d, "5").co())).containsExactly("区商务委");
    }

    @Test
    void aTaskCellPrintedInEveryRowStillTitlesItsRow() {
        ParsedDocument d = parse("""
                某市节水行动方案
                附件
                任务分工表
                序号
                重点任务
                具体措施
                牵头单位
                1
                推进工业节水
                推广高耗水行业节水工艺,实施企业节水改造。
                市工业和信息化局
                2
                推进城镇节水
                开展供水管网漏损治理,更换老旧管网。
                市住房城乡建设局
                3
                推进农业节水
                发展高效节水灌溉,推广喷灌滴灌。
                市农业农村局
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title)
                .containsExactly("推进工业节水", "推进城镇节水", "推进农业节水");
    }

    @Test
    void aTableMarksStarBeforeAProjectIsNoPartOfItsTitle() {
        ParsedDocument d = parse("""
                某市交通光伏推广方案
                附件
                任务分工表
                打*的为具体项目
                序号
                工作措施
                责任单位
                1
                利用车站屋顶建设光伏设施。
                市交通委
                2
                *推进北站停车场光伏设施建设
                市城投集团
                """);
        assertThat(task(d, "2").title()).isEqualTo("推进北站停车场光伏设施建设");
    }

    @Test
    void aMeasureEndingInTheWordForCategoryIsNoColumnName() {
        ParsedDocument d = parse("""
                某区生活垃圾分类实施方案
                附件
                重点任务分解表
                序号
                任务名称
                任务内容
                牵头部门
                配合部门
                1
                完善设施配置
                配齐分类收运车辆。
                区绿化市容局
                各街镇
                2
                推进农村分类
                配齐农户分类投放桶。
                各镇
                区农业农村委
                """);
        assertThat(names(task(d, "2").leads())).containsExactly("各镇");
        assertThat(names(task(d, "2").co())).containsExactly("区农业农村委");
    }

    @Test
    void aListOfProjectsWithSubRowsWrappedHeadingsAndWrappedUnitCellsIsReadWhole() {
        ParsedDocument d = parse("""
                某区基层消防安全综合治理实施意见
                一、主要任务
                (一)加强组织建设。各街道设立消防安全委员会。
                附件:
                某区基层消防安全综合治理建设工作重点任务清单
                类别
                项目
                主要任务
                牵头单位
                配合单位
                一、做好政策保障
                1.做好规划配套
                将基层消防安全综合治理建设工作与专项规划同步规划。
                区消防救援支队
                区应急局、各街道
                2.完善规章标准
                细化街道消防安全委员会的职责任务和工作规则。
                区消防救援支队
                各街道
                贯彻执行本市基层消防综合治理重点检查事项。
                区司法局
                各街道
                二、推进组织建设
                3.实化运行消防
                安全委员会
                年底前各街道成立消防安全委员会并实体化运行。
                区委编办、
                各街道
                区消防救援支队
                4.出台文件规章
                向区委、区政府专题报告基层消防安全综合治理工作情况。
                区消防救援支队
                各街道
                """);
        assertThat(d.tasks()).filteredOn(t -> t.sectionPath() != null && t.sectionPath().startsWith("表"))
                .extracting(ParsedTask::number, ParsedTask::title).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", "做好规划配套"),
                        org.assertj.core.groups.Tuple.tuple("2", "完善规章标准"),
                        org.assertj.core.groups.Tuple.tuple("3", "实化运行消防安全委员会"),
                        org.assertj.core.groups.Tuple.tuple("4", "出台文件规章"));
        assertThat(names(task(d, "2").leads())).containsExactly("区消防救援支队", "区司法局");
        assertThat(names(task(d, "3").leads())).containsExactly("区委编办", "各街道");
        assertThat(names(task(d, "4").leads())).containsExactly("区消防救援支队");
    }

    /** A task table whose header prints the years of its 任务目标 column after its last column, as such annexes do. */
    private static final String YEARS_UNDER_TARGETS = """
            某市智慧公交三年行动计划
            附件
            重点任务表
            序号
            任务名称
            任务内容
            任务目标
            实施单位
            2023年
            2024年
            2025年
            """;

    @Test
    void yearsPrintedAfterTheLastColumnAreTheSubColumnsOfTheGroupNamedForThem() {
        ParsedDocument d = parse(YEARS_UNDER_TARGETS + """
                1
                制定公交场站智能化建设标准
                以推进场站视频监控设备建设为依托,制定建设标准。
                完成立项
                完成标准征求意见稿
                完成标准送审稿
                市交通委、市道路运输局
                2
                推进公交数据平台建设
                整合公交运营数据,建设行业数据平台。
                完成方案
                完成一期建设
                完成二期建设
                市道路运输局、市大数据中心
                """);
        assertThat(names(task(d, "1").leads())).containsExactly("市交通委");
        assertThat(names(task(d, "1").co())).containsExactly("市道路运输局");
        assertThat(names(task(d, "2").leads())).containsExactly("市道路运输局");
    }

    @Test
    void aCompanysShortNameBesideNamedBodiesIsStillAUnitCell() {
        ParsedDocument d = parse(YEARS_UNDER_TARGETS + """
                1
                推进公交场站智能化升级
                推进全市公交场站智能化升级,布设视频监控等设备。
                /
                /
                全市有条件场站全覆盖
                久事公交、相关各区交通主管部门
                2
                制定公交场站智能化建设标准
                以推进场站视频监控设备建设为依托,制定建设标准。
                完成立项
                完成标准征求意见稿
                完成标准送审稿
                市交通委、市道路运输局
                """);
        assertThat(names(task(d, "1").leads())).containsExactly("久事公交");
        assertThat(names(task(d, "1").co())).containsExactly("相关各区交通主管部门");
    }
}
