package dev.policygraph.ingest;

import static dev.policygraph.ingest.PlanTexts.names;
import static dev.policygraph.ingest.PlanTexts.parse;
import static dev.policygraph.ingest.PlanTexts.task;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Owners named where a measure's heading runs on into them, or after the leader in charge; titles of pages that
 * print an assessment table's header and a document site's buttons above the plan. Every text is written for the
 * test in the shape such plans have.
 */
class HeadingClausesTest {

    @Test
    void aHeadingRunOnIntoItsClauseGivesTheOwnersAndKeepsItsTitle() {
        ParsedDocument d = parse("""
                某市安全生产专项整治工作方案
                一、整治重点
                (一)道路交通安全专项整治,由市公安局负责,市交通运输局配合。要加大违法行为整治力度。
                (二)建筑施工安全专项整治,由市住房城乡建设局负责,有关部门配合。以预防坍塌事故为重点。
                """);
        assertThat(task(d, "(一)").title()).isEqualTo("道路交通安全专项整治");
        assertThat(names(task(d, "(一)").leads())).containsExactly("市公安局");
        assertThat(names(task(d, "(一)").co())).containsExactly("市交通运输局");
        assertThat(names(task(d, "(二)").leads())).containsExactly("市住房城乡建设局");
    }

    @Test
    void aConditionBeforeByIsNoHeading() {
        ParsedDocument d = parse("""
                某市防灾减灾实施意见
                一、健全应急机制
                (一)完善分级响应
                建立市、区两级响应制度。
                对未达到市级启动响应级别的灾害,由各区政府负责。必要时,市有关部门给予指导和支持。
                """);
        assertThat(task(d, "(一)").leads()).isEmpty();
    }

    @Test
    void theLeaderInChargeNamedFirstIsNoUnitAndTheBodiesAfterHimOwnTheMeasure() {
        ParsedDocument d = parse("""
                某市争取国家支持事项分工方案
                一、争取事项
                1.综合配套改革试验区
                由王某某副市长负责,市发展改革委牵头,相关部门配合,尽快完成实施方案。
                2.城市污水管网项目
                由李某某副市长负责,市住房城乡建设局牵头,市发展改革委配合,修改完善项目建设方案。
                """);
        assertThat(names(task(d, "1").leads())).containsExactly("市发展改革委");
        assertThat(names(task(d, "1").co())).containsExactly("相关部门");
        assertThat(names(task(d, "2").leads())).containsExactly("市住房城乡建设局");
        assertThat(names(task(d, "2").co())).containsExactly("市发展改革委");
    }

    @Test
    void anAssessmentTablesHeaderAndADocumentSitesButtonsAreNoTitle() {
        ParsedDocument d = parse("""
                县直部门安全生产工作考评细则.docx
                下载 相关 举报
                下载资源
                资源描述
                县直部门安全生产工作考评细则.docx
                县直部门安全生产工作考评细则
                被考评部门:
                考评时间:
                检查考评项目
                分值
                检查考评标准
                检查考评方法
                得分
                一、预防安全事故发生
                40
                发生一起较大事故的扣10分。
                """);
        assertThat(d.meta().title()).isEqualTo("县直部门安全生产工作考评细则");
    }

    @Test
    void aBodyHeadingItsDutiesWithTheBodiesItStandsForIsOneUnit() {
        ParsedDocument d = parse("""
                某区建筑垃圾管理实施意见
                一、主要任务
                1.加强源头管理。推进工地监管。
                二、职责分工
                (一)区绿化市容局
                1.负责消纳场所备案。
                (二)属地街镇(镇人民政府、街道办事处)
                2.负责日常监管与现场核实。
                """);
        assertThat(names(task(d, "2").leads())).containsExactly("属地街镇(镇人民政府、街道办事处)");
        assertThat(task(d, "2").co()).isEmpty();
    }

    @Test
    void aPagesBulletBeforeAnItemsNumberIsNoPartOfIt() {
        ParsedDocument d = parse("""
                某区随迁子女接受义务教育工作实施细则
                1、适用对象
                在本区居住务工人员的随迁子女,可申请在本区就学。
                2、工作职责
                ▪(一)区教育局负责随迁子女入学的组织、实施和管理。
                ▪(二)区公安分局负责验证随迁子女的户籍证明。
                """);
        assertThat(names(task(d, "(一)").leads())).containsExactly("区教育局");
        assertThat(names(task(d, "(二)").leads())).containsExactly("区公安分局");
        assertThat(d.tasks()).noneMatch(t -> "task".equals(t.kind()) && t.title().equals("适用对象"));
    }

    @Test
    void aSitesLabelOverATitleStartingWithAboutIsNoPartOfIt() {
        ParsedDocument d = parse("""
                某市教育网
                2022年大事记
                关于做好2023年随迁子女接受义务教育工作的指导意见
                为做好随迁子女就学工作,制定本意见。
                一、工作职责
                (一)市教育局负责统筹安排入学工作。
                (二)市公安局负责验证户籍证明。
                """);
        assertThat(d.meta().title()).isEqualTo("关于做好2023年随迁子女接受义务教育工作的指导意见");
    }

    @Test
    void twoPlainSpacesInsideAPdfsRunningTextSeparateNoNames() {
        ParsedDocument d = parse("""
                关于完善生育支持政策体系的若干措施
                一、提高婚恋服务水平
                (一)优化交友载体。建设一批婚恋观教育阵地,搭  建安全可靠的交友平台,打  造婚育服务品牌。(责任部门:团省委、省教育厅、省总 工  会、省妇联。列第一位的为牵头单位,下  同。)
                (二)提升登记质效。倡导适龄婚育。(责任部门:省民政厅、省妇联)
                """);
        assertThat(names(task(d, "(一)").leads())).containsExactly("团省委");
        assertThat(names(task(d, "(一)").co())).containsExactly("省教育厅", "省总工会", "省妇联");
    }

    @Test
    void twoBodiesOfOnePlaceGluedInATitleAreTwoIssuers() {
        ParsedDocument d = parse("""
                某某市商务局某某市财政局关于开展促消费活动的通知
                各县(市、区)商务局:
                一、活动内容
                (一)开展汽车促消费活动。对购车给予补贴。
                (二)开展家电以旧换新活动。对换新给予补贴。
                """);
        assertThat(d.meta().issuers()).containsExactly("某某市商务局", "某某市财政局");
    }

    @Test
    void aProgressTablesHeaderCellsAreNoTitleButTheCaptionOverThemIs() {
        ParsedDocument d = parse("""
                某市水利局2025年一季度《政府工作报告》落实情况统计表
                发布时间:2025-04-14
                序号
                牵头单位
                工作任务
                目前完成情况、存在问题及下一步工作措施
                完成进度(%)
                备注
                12
                市水利局
                56.做好农村自来水管网改造,新增充电桩300个。
                已完成管网改造10公里,下一步加快推进。
                90%
                """);
        assertThat(d.meta().title()).isEqualTo("某市水利局2025年一季度《政府工作报告》落实情况统计表");
    }

    @Test
    void partsPrintedAsTheMeasuresOwnLongSentencesAreTasks() {
        ParsedDocument d = parse("""
                某县教育局2025年重点工作计划
                一、强化教师队伍建设,进一步加强校长和教师培训力度。严把校长选人任用关,继续办好校长大讲堂,创建名校长工作室,发挥名校长区域带动和辐射作用。
                二、继续实行集团化办学、联盟帮扶和合作办学模式,加强与高校结对帮扶,助力教育优质均衡发展。
                三、落实全员安全生产责任制,健全完善校园安全管理体系,做好安全隐患排查整治工作。
                """);
        assertThat(d.tasks()).filteredOn(t -> "task".equals(t.kind())).extracting(ParsedTask::number)
                .containsExactly("一", "二", "三");
    }

    @Test
    void aGoalsHeadingGluedToItsTextIsNoTask() {
        ParsedDocument d = parse("""
                某市降低企业成本工作方案
                一、工作目标全面落实降低企业成本的各项政策措施,认真总结我市经验做法,进一步降低企业成本。
                二、主要任务
                (一)降低用电成本。落实电价优惠政策。
                (二)降低物流成本。规范收费行为。
                """);
        assertThat(d.tasks()).filteredOn(t -> "task".equals(t.kind())).extracting(ParsedTask::number)
                .containsExactly("(一)", "(二)");
    }

    @Test
    void aGroupHeadingNamingABodysDutiesGivesItsItemsThatBody() {
        ParsedDocument d = parse("""
                某区加强基层消防安全综合治理工作的实施意见
                一、工作目标
                到2025年,基层消防安全治理体系基本健全。
                二、工作职责
                (一)街道消防委职责
                1.定期研究部署消防工作,组织开展消防安全综合治理。
                2.督促成员单位贯彻执行消防法律法规。
                (二)消防安全管理办公室职责
                3.编制街道消防工作经费预算,开展消防安全宣传。
                (三)相关部门工作职责
                4.按照各自职责做好消防工作。
                """);
        assertThat(names(task(d, "1").leads())).containsExactly("街道消防委");
        assertThat(names(task(d, "3").leads())).containsExactly("消防安全管理办公室");
        assertThat(task(d, "4").leads()).isEmpty();
    }
}
