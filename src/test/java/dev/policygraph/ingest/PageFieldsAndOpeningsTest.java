package dev.policygraph.ingest;

import static dev.policygraph.ingest.PlanTexts.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A page's fields above a plan, titles run into the first sentence, clause verbs of small bodies, flattened figures. */
class PageFieldsAndOpeningsTest {

    @Test
    void aPagesNameFieldTitlesAPlanThatPrintsNoHeading() {
        ParsedDocument d = parse("""
                索引号: | 1234/2024-00031 | 组配分类: | 政策文件 |
                名称: | 某某县2024年安全生产重点工作安排 | 文号: | 无 |
                2024年全县安全生产工作,坚持人民至上、生命至上,统筹发展和安全。
                1.开展重大事故隐患专项排查整治。(县应急局负责)
                2.推进燃气安全专项整治。(县住建局负责)
                """);
        assertThat(d.meta().title()).isEqualTo("某某县2024年安全生产重点工作安排");
        assertThat(d.tasks()).hasSize(2);
    }

    @Test
    void aTitleRunIntoThePlansFirstSentenceIsALineOfItsOwn() {
        ParsedDocument d = parse("""
                某县全民健身设施补短板工作方案为贯彻落实全民健身国家战略,推动全县公共体育设施提档升级,结合本县实际,制订本方案。
                一、工作目标
                到2025年,全县经常参加体育锻炼人数比例达到40%以上。
                二、重点任务
                1.新建社区健身中心5个。(县文体局负责)
                2.新建多功能运动场10片。(县教育局负责)
                """);
        assertThat(d.meta().title()).isEqualTo("某县全民健身设施补短板工作方案");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
    }

    @Test
    void aBodyThatUndertakesAMeasureAnswersForIt() {
        ParsedDocument d = parse("""
                某乡食品安全工作方案
                一、治理农产品农药残留
                由乡农技服务中心承办,乡派出所、市场监管所配合。
                全乡蔬菜农药残留抽检合格率达到98%以上。
                """);
        assertThat(d.tasks()).singleElement().satisfies(t -> {
            assertThat(t.leads()).extracting(UnitRef::name).containsExactly("乡农技服务中心");
            assertThat(t.co()).extracting(UnitRef::name).containsExactly("乡派出所", "市场监管所");
        });
    }

    @Test
    void anItemAfterTheFiguresOfAFlattenedTableStartsItsOwnLine() {
        // a report page run onto one line: each item after a space, one after the figures of a district table
        ParsedDocument d = parse("某市2024年民生实事项目共有30项任务,涉及教育、医疗、养老、住房、交通、文化等方面,各责任单位高度重视,"
                + "市有关部门加强督查推进,项目总体进展良好。现将上半年进展情况予以公示,接受社会监督,确保各项目标任务按期完成。"
                + " 1.新建城市书房20家。 责任单位:市文广旅局 配合单位:各区政府 实际完成情况:已建成12家,其余8家正在装修,"
                + "预计三季度全部建成开放,项目按预期计划扎实有序推进。"
                + " 2.新增公共停车泊位5000个。 责任单位:市城管局 配合单位:市公安局 东区 西区 合计 年度目标 2000 3000 5000"
                + " 实际完成 800 1500 2300 3.改造农贸市场10个。 责任单位:市商务局 配合单位:市市场监管局 实际完成情况:已开工6个。"
                + " 4.新建公办幼儿园8所。 责任单位:市教育局 配合单位:市自然资源局 实际完成情况:已开工5所,其余3所正在办理"
                + "用地和规划手续,力争年内全部开工建设。\n");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3", "4");
        assertThat(d.tasks().get(2).leads()).extracting(UnitRef::name).containsExactly("市商务局");
    }
    @Test
    void aTitleOpeningWithItsYearNamesItsRegionAfterIt() {
        ParsedDocument d = parse("""
                2024年长兴县政府十件民生实事项目分解表
                项目名称 | 工作任务 | 牵头单位 |
                1.城乡供水提升项目 | 改造供水管网30公里。 | 水利局 |
                2.农村公路提升项目 | 提升改造农村公路50公里。 | 交通局 |
                """);
        assertThat(d.meta().region()).isNotNull();
        assertThat(d.meta().region().district()).isEqualTo("长兴县");
        ParsedDocument zone = parse("""
                2024年开发区重点工作责任清单
                1.推进标准厂房建设。(开发区经发局负责)
                2.开展招商引资攻坚。(开发区招商局负责)
                """);
        assertThat(zone.meta().region()).isNull();
    }

    @Test
    void aCountyTheTextNamesAgainAndAgainIsThePlansRegion() {
        ParsedDocument d = parse("""
                记者从某市德清县人民代表大会上获悉,德清县今年将办好十件民生实事。
                一是德清县将新建城乡公交站亭50个。
                二是德清县将改造农村危旧房300户。
                三是完成东湖小学、西湖中学改扩建,新增学位900个。
                """);
        assertThat(d.meta().region()).isNotNull();
        assertThat(d.meta().region().district()).isEqualTo("德清县");
    }
    @Test
    void aMonthlyWorkArrangementOfAnEducationBureau() {
        ParsedDocument d = parse("""
                2021年03月长兴县教育局工作安排
                一、全局性工作
                01.做好开学疫情防控工作;
                02.做好教师招聘笔试工作;
                二、教学、教研和督导工作
                03.开展春季教学常规检查;
                04.组织责任督学挂牌督导;
                """);
        assertThat(d.meta().title()).isEqualTo("2021年03月长兴县教育局工作安排");
        assertThat(d.meta().region().district()).isEqualTo("长兴县");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("01", "02", "03", "04");
        assertThat(Kinds.statedBy("组织领导和督导")).isEqualTo("safeguard");
    }

    @Test
    void aClausesPlanWideNoteNamesNoUnitAndTheNextItemGluedAfterItsBracket() {
        ParsedDocument d = parse("某市降低企业成本实施方案\n一、降低税费成本\n"
                + "1.降低城镇土地使用税税额标准。[责任单位:市财政局、市税务局,各区政府,排在首位为牵头单位,下同]"
                + "2.降低印花税核定征收标准。[责任单位:市税务局]\n");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
        assertThat(d.tasks().get(0).leads()).extracting(UnitRef::name).containsExactly("市财政局");
        assertThat(d.tasks().get(0).co()).extracting(UnitRef::name).containsExactly("市税务局", "各区政府");
    }

    @Test
    void aLabelledClauseInTortoiseBracketsCutByThePagesEnd() {
        ParsedDocument d = parse("""
                某市就业创业工作实施意见
                一、稳定和扩大就业
                (一)在稳增长中保就业。加强经济政策与就业政策衔接。〔牵头单位:市发展改革委;责任单位:市财政局、市商务局、人行某市中心支""");
        assertThat(d.tasks()).singleElement().satisfies(t -> {
            assertThat(t.leads()).extracting(UnitRef::name).containsExactly("市发展改革委");
            assertThat(t.co()).extracting(UnitRef::name).containsExactly("市财政局", "市商务局");
        });
    }
    @Test
    void aSitesColumnLabelInBracketsBeforeATitleOpeningWithItsYear() {
        ParsedDocument d = parse("""
                【重点工作完成情况】2023年某某区重点工作任务第三季度进展情况
                1.开工建设智慧农业产业园。(某某镇负责)
                2.办好桃花节等节庆活动。(某某街道负责)
                """);
        assertThat(d.meta().title()).isEqualTo("2023年某某区重点工作任务第三季度进展情况");
    }
    @Test
    void anAssessingBodyAndASubjectBeforeTheBodiesThatAnswerForIt() {
        ParsedDocument d = parse("""
                某镇农村工作年度目标责任书
                1、招商引资项目建设25分。由镇经发办负责考核。
                2、党建工作20分。其中:组织8分、纪检8分,具体考核细则由镇组织办、纪检办负责。
                """);
        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).leads()).extracting(UnitRef::name).containsExactly("镇经发办");
        assertThat(d.tasks().get(1).leads()).extracting(UnitRef::name).containsExactly("镇组织办");
        assertThat(d.tasks().get(1).co()).extracting(UnitRef::name).containsExactly("纪检办");
    }
}
