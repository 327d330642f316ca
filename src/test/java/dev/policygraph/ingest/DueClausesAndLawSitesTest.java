package dev.policygraph.ingest;

import static dev.policygraph.ingest.PlanTexts.names;
import static dev.policygraph.ingest.PlanTexts.parse;
import static dev.policygraph.ingest.PlanTexts.task;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whole plans as datasets and sites keep them: assessment rules whose clauses say first when a task is due, pages of
 * law databases with their bracketed fields, joint notices, Markdown copies, annex task tables with sub-rows, groups
 * and yearly figures, indicator systems, divisions of work headed by bodies. Every text is written for the test in the
 * shape such plans have.
 */
class DueClausesAndLawSitesTest {

    @Test
    void aClauseThatSaysFirstWhenTheTaskIsDueStillNamesItsLeads() {
        ParsedDocument d = parse("""
                某市2023年智慧城市建设考评指标
                一、惠民服务(30分)
                (一)服务平台建设(4分)
                1.全部事项开通网上办理,推出长辈版应用。(6月底取得阶段性成效并持续推进,牵头考核单位:市数据局)
                2.升级市民热线平台,建立回访机制。(9月底完成,牵头考核单位:市政府办公室、市公安局)
                3.完善线下综合窗口。(持续优化,牵头考核单位:市行政审批局;配合考核单位:市住建局)
                4.推进事项清单动态调整。(2023年底前,责任单位:市司法局、市数据局)
                """);
        assertThat(names(task(d, "1").leads())).containsExactly("市数据局");
        assertThat(names(task(d, "2").leads())).containsExactly("市政府办公室", "市公安局");
        assertThat(names(task(d, "3").leads())).containsExactly("市行政审批局");
        assertThat(names(task(d, "3").co())).containsExactly("市住建局");
        assertThat(names(task(d, "4").leads())).containsExactly("市司法局");
        assertThat(names(task(d, "4").co())).containsExactly("市数据局");
    }

    @Test
    void wordsBeforeALabelThatSayNothingOfTimeLeaveTheClauseUnread() {
        ParsedDocument d = parse("""
                某县农村环境整治方案
                一、重点任务
                1.开展垃圾分类。(按照上级要求做好衔接,责任单位:县住建局)
                """);
        assertThat(task(d, "1").leads()).isEmpty();
    }

    @Test
    void aLawDatabasesBracketedFieldsAreNoPartOfTheTitleBelowThem() {
        ParsedDocument d = parse("""
                某某市人民政府办公室关于加强城乡环境治理的实施方案
                〔法规类别〕城市规划与开发建设
                〔发布部门〕某某市政府
                〔发布日期〕2012.05.08
                〔时效性〕现行有效
                〔效力级别〕XP10
                某某市人民政府办公室关于加强城乡环境治理的实
                施方案
                为改善城乡环境,制定本方案。
                一、整治城区道路
                各区要加强道路清扫保洁。
                二、整治河道
                各乡镇要清理河道垃圾。
                """);
        assertThat(d.meta().title()).isEqualTo("某某市人民政府办公室关于加强城乡环境治理的实施方案");
    }

    @Test
    void officesOfAPartyCommitteeAndAGovernmentListedWithACommaIssueTogetherTheFirstNamedFirst() {
        ParsedDocument d = parse("""
                中共某某市委办公厅、某某市人民政府办公厅关于提升城市管理水平的实施方案
                一、加强宣传
                各媒体要加强城市形象宣传。
                二、整治市容
                各区要开展市容整治。
                """);
        assertThat(d.meta().issuers()).containsExactly("中共某某市委办公厅", "某某市人民政府办公厅");
    }

    @Test
    void aCollectionsArticleLabelOverAGovernmentFileIsNoChapter() {
        ParsedDocument d = parse("""
                某省人民政府办公厅文件
                简介:本站为你整理了多篇相关的《某省人民政府办公厅文件》。
                第一篇:某省人民政府办公厅文件
                某省人民政府办公厅文件
                某政办发〔2010〕12号
                某省人民政府办公厅关于做好高校毕业生就业工作的通知
                各市州人民政府,省政府各厅委:
                一、拓宽就业渠道。鼓励毕业生到基层就业。
                二、加强就业服务。各高校要开展就业指导。
                """);
        assertThat(d.sections()).extracting(ParsedSection::number).doesNotContain("第一章");
        assertThat(d.meta().title()).isEqualTo("某省人民政府办公厅关于做好高校毕业生就业工作的通知");
        assertThat(d.meta().docNumber()).isEqualTo("某政办发〔2010〕12号");
    }

    @Test
    void aTemplatesYearStillStartsATitle() {
        ParsedDocument d = parse("""
                20XX年秸秆禁烧和综合利用工作方案为深入推进秸秆禁烧工作,结合我县实际,制定本方案。
                一、工作目标
                全县秸秆综合利用率达到85%以上。
                二、工作措施
                (一)加强巡查。各乡镇要落实网格巡查。
                """);
        assertThat(d.meta().title()).isEqualTo("20XX年秸秆禁烧和综合利用工作方案");
    }

    @Test
    void aPageFooterRunIntoASentenceIsDropped() {
        ParsedDocument d = parse("""
                某县秸秆禁烧工作方案
                一、工作措施
                1.成立县秸秆禁烧工作领导小组,负责全县第1页共18页秸秆禁烧指导工作。
                2.加强宣传引导。
                """);
        assertThat(task(d, "1").title()).doesNotContain("页共").contains("负责全县秸秆禁烧指导工作");
    }

    @Test
    void aProgressReportRowThatLostItsUnitCellNamesNoProgressAsItsLead() {
        ParsedDocument d = parse("""
                2024年5月县民生实事项目进展情况汇总表
                序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |
                1 | 为全县老年人免费接种流感疫苗2万人。 | 5月:制定接种方案。 | 县卫生健康局 | 已完成。已下发接种方案。 |
                2 | 开展重点人群癌症筛查7000人。 | 5月:完成筛查1500人。 | 已完成。完成筛查3100人,完成率44.3%。 | |
                3 | 新增配置自动体外除颤仪40台。 | 5月:公布采购意向。 | 5月20日向县财政局申请资产配置 | |
                4 | 培训应急救护人员200人。 | 5月:完成培训60人。 | 县红十字会 | 本月已完成培训70人。 |
                """);
        assertThat(names(task(d, "1").leads())).containsExactly("县卫生健康局");
        assertThat(task(d, "2").leads()).isEmpty();
        assertThat(task(d, "3").leads()).isEmpty();
        assertThat(names(task(d, "4").leads())).containsExactly("县红十字会");
    }

    @Test
    void measuresCountedInWordsAreTasksOfAReportTitledSo() {
        ParsedDocument d = parse("""
                某某街道2023年民生实事项目完成情况报告
                第一项:校舍维修及设施设备提升工程。
                包括完成三所小学的提升改造,资金由街道负责。
                第二项:农村公路大中修工程。
                完成两条公路的大中修,已于10月完工。
                第三项:社区爱心食堂建设工程。
                新建爱心食堂2家。
                """);
        assertThat(d.meta().title()).isEqualTo("某某街道2023年民生实事项目完成情况报告");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("第一项", "第二项", "第三项");
        assertThat(task(d, "第二项").title()).isEqualTo("农村公路大中修工程");
    }

    @Test
    void aSubItemsNameOutranksItsDescriptionAsTheIndicatorsTitle() {
        ParsedDocument d = parse("""
                某县平安创建工作考核评分表
                序号 | 项目 | 小项内容 | 具体内容 | 分值 | 打分方法 |
                1 | 组织领导(10分) | 强化组织领导 | 以党委或政府名义召开会议,研究部署创建工作。 | 2 | 召开会议的,每次得0.5分。 |
                2 | 领导批示 | 党委政府领导对创建工作作出批示。 | 2 | 作出批示的,每次得0.5分。 |
                3 | 宣传教育(20分) | 知识知晓率 | 全民知识知晓率超过95%。 | 5 | 超过95%得5分。 |
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("强化组织领导", "领导批示", "知识知晓率");
    }

    @Test
    void unitsSharingTheResponsibilityCoOperateWithTheLead() {
        ParsedDocument d = parse("""
                2024年某市民生实事项目
                一、教育惠民领域
                1.新建中小学10所。(牵头单位:市教育局;共同责任单位:市发改委、市财政局,各县区、功能板块)
                2.新招聘中小学教师500人。(牵头单位:市教育局;共同责任单位:市委编办、市人社局)
                """);
        assertThat(names(task(d, "1").leads())).containsExactly("市教育局");
        assertThat(names(task(d, "1").co())).contains("市发改委", "市财政局");
        assertThat(names(task(d, "2").co())).containsExactly("市委编办", "市人社局");
    }

    @Test
    void aReportsItemsRunTogetherAfterItsColonAreTasksEach() {
        ParsedDocument d = parse("""
                某县政府2021年将为民办好十件实事
                县长在政府工作报告中指出,今年重点抓好十件实事。分别是: (1)加快建设县中医院迁建项目。 (2)开工新建东环路,改造提升人民路。 (3)完成滨河大道二期工程。 (4)新建农村公共厕所100座。
                """);
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("(1)", "(2)", "(3)", "(4)");
        assertThat(task(d, "(2)").title()).isEqualTo("开工新建东环路,改造提升人民路");
    }

    @Test
    void bracketedNumbersInsideASentenceAreNoSeries() {
        ParsedDocument d = parse("""
                某县农村环境整治方案
                一、重点任务
                1.开展垃圾分类,重点做好(1)宣传、(2)收运和(3)处置三个环节。
                2.推进污水治理。
                """);
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
    }

    @Test
    void aGroupPrintedBeforeTheNextRowsNumberHeadsThatRowAndNamesNoUnit() {
        ParsedDocument d = parse("""
                附件
                某区城市更新行动重点任务清单
                任务类型
                序号
                工作任务
                推进单位
                行动一:再造发展新极行动
                1
                推进北部片区规划研究
                区规划资源局、区建设管理委
                2
                创建10个美丽家园示范小区
                行动二:智创和谐新境行动
                公共空间优化
                3
                改建或新建5座口袋公园
                区绿化市容局
                4
                完成架空线入地约20公里
                区建设管理委、区应急局
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title)
                .containsExactly("推进北部片区规划研究", "创建10个美丽家园示范小区", "改建或新建5座口袋公园", "完成架空线入地约20公里");
        assertThat(names(task(d, "1").leads())).containsExactly("区规划资源局");
        assertThat(names(task(d, "1").co())).containsExactly("区建设管理委");
        assertThat(task(d, "2").leads()).isEmpty();
        assertThat(names(task(d, "3").leads())).containsExactly("区绿化市容局");
    }

    @Test
    void aTaskCellMergedOverSubRowsIsOneTaskWithTheUnitsOfEverySubRow() {
        ParsedDocument d = parse("""
                附件2
                某市家庭医生签约服务工作任务分工表
                序号
                工作事项
                主要内容
                牵头单位
                配合单位
                市卫健委内牵头处室
                市卫健委内配合处室
                1
                不断扩大家庭医生来源。
                推动全科医生、乡村医生和退休临床医师参与签约服务。
                各区政府
                市卫生健康委
                基层处
                医政处
                推动人才资源向基层医疗卫生机构倾斜。
                各区政府
                市卫生健康委、市人社局
                人事处
                基层处
                2
                持续优化签约服务团队。
                组建团队提供签约服务。
                各区政府
                市卫生健康委
                基层处
                /
                落实药品供应目录统一管理。
                市卫生健康委
                市医保局
                药政处
                医政处
                3
                加强中医药服务。
                推广中医药适宜技术。
                市卫生健康委
                /
                中医药处
                /
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title)
                .containsExactly("不断扩大家庭医生来源", "持续优化签约服务团队", "加强中医药服务");
        assertThat(names(task(d, "1").leads())).containsExactly("各区政府");
        assertThat(names(task(d, "1").co())).containsExactly("市卫生健康委", "市人社局");
        assertThat(names(task(d, "2").leads())).containsExactly("各区政府", "市卫生健康委");
        assertThat(names(task(d, "2").co())).containsExactly("市医保局");
        assertThat(names(task(d, "3").leads())).containsExactly("市卫生健康委");
        assertThat(d.tasks()).flatExtracting(t -> names(t.co())).doesNotContain("基层处", "医政处", "人事处");
    }

    @Test
    void unitsListedOneALineUnderATaskCellStayOneRow() {
        ParsedDocument d = parse("""
                2024年某区民生实事任务分解方案
                序号
                事项名称
                项目内容
                牵头单位
                协同单位
                1
                新建一批中小学校
                实施新建中小学校5所。
                区教体局
                东湖街道
                西山镇
                南塘镇
                北岭镇
                区发改局
                区资规分局
                2
                改造村卫生室
                新建村卫生室60家。
                区卫健局
                各乡镇(街道)
                """);
        assertThat(d.tasks()).hasSize(2);
        assertThat(names(task(d, "1").leads())).containsExactly("区教体局");
        assertThat(names(task(d, "1").co())).contains("东湖街道", "北岭镇", "区资规分局");
    }

    @Test
    void itemsNumberedOnAcrossTheirGroupHeadingsAreTheTasks() {
        ParsedDocument d = parse("""
                某区文物保护利用三年行动计划
                一、主要任务
                (一)落实五张清单
                1.落实保护清单,持续推进全方面摸底
                (1)全面实施新修订法律法规。组织学习文物保护法。
                (2)加快资源摸底认定。结合文物普查,摸清底数。
                2.落实项目清单,持续推进全方位赋能
                (3)建设地标集群。推进旧址活化利用。
                (4)推进基础项目建设。启动水厂改造工程。
                二、保障措施
                (一)加强组织领导
                各部门要加强协同。
                """);
        assertThat(d.tasks()).filteredOn(t -> "task".equals(t.kind())).extracting(ParsedTask::number)
                .containsExactly("(1)", "(2)", "(3)", "(4)");
        assertThat(task(d, "(3)").title()).isEqualTo("建设地标集群");
    }

    @Test
    void itemsThatStartAgainUnderEachMeasureStayPartsOfIt() {
        ParsedDocument d = parse("""
                某县农业发展方案
                一、主要任务
                1.发展特色产业
                (1)扩大种植面积。
                (2)培育龙头企业。
                2.完善服务体系
                (1)健全农技推广体系。
                (2)加强农产品质量检测。
                """);
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
    }

    @Test
    void aMarkdownCopysHeadingMarksAndSupportingUnitsAreRead() {
        ParsedDocument d = parse("""
                # 某市某区人民政府办公室关于转发区建设管理委制订的《某区城市更新2025年度实施计划》的通知

                各镇人民政府、街道办事处,区政府各部门:

                现将《某区城市更新2025年度实施计划》转发给你们,请遵照执行。

                2025年7月15日

                ## 某区城市更新2025年度实施计划

                一、行动任务

                1.推进老城片区城市更新项目。(牵头单位:经济技术开发区、城东街道,支撑单位:区规划资源局、区建设管理委)

                2.完成旧住房修缮更新50万平方米。(牵头单位:区房屋管理局、相关街镇)
                """);
        assertThat(d.meta().issuers()).containsExactly("某市某区人民政府办公室");
        assertThat(d.meta().title()).isEqualTo("某区城市更新2025年度实施计划");
        assertThat(names(task(d, "1").leads())).containsExactly("经济技术开发区", "城东街道");
        assertThat(names(task(d, "1").co())).containsExactly("区规划资源局", "区建设管理委");
    }

    @Test
    void aDistrictsNameBeforeCityWorkIsNoCity() {
        ParsedDocument d = parse("""
                松江区城市更新2025年度实施计划
                一、行动任务
                1.推进城市更新项目。(牵头单位:区规划资源局)
                2.完成旧住房修缮。(牵头单位:区房管局)
                """);
        assertThat(d.meta().region().name()).isEqualTo("松江区");
    }

    @Test
    void aListInsideAnIndicatorsTextIsNoItemOfTheSeries() {
        ParsedDocument d = parse("""
                某市家庭医生签约服务质量监测指标
                一、监测指标
                6.长处方机构占比
                到2025年达到100%。
                7.预留号源比例
                到2023年底达到30%。考察方式:
                1.是否建立优先转诊制度。
                2.查看号源分配情况。
                8.签约服务种类
                支持签约模式的种类大于3类。
                """);
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("6", "7", "8");
    }

    @Test
    void monthlyListsThatStartAgainUnderTheirThemesStayItems() {
        ParsedDocument d = parse("""
                某小学德育工作安排
                一、每月安排
                四月主题:文明礼仪
                1.开展安全知识竞赛活动。
                2.开展清明文明祭扫教育。
                五月主题:争做合格小公民
                1.开展当好家庭小帮手活动。
                2.开展五一长假安全教育。
                3.开展美化校园活动。
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title).contains("开展当好家庭小帮手活动", "开展美化校园活动");
    }

    @Test
    void aTableOfTheYearsExpectedFiguresMakesEachFigureATask() {
        ParsedDocument d = parse("""
                附件1
                2022年区政府工作报告经济社会发展预期目标任务分解表
                序号
                2022年预期目标
                责任单位
                1
                地区生产总值增长5.5%左右
                区发展改革委
                2
                工业增加值增长7%左右
                区经济信息委
                3
                社会消费品零售总额增长8%左右
                区商务委
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title)
                .containsExactly("地区生产总值增长5.5%左右", "工业增加值增长7%左右", "社会消费品零售总额增长8%左右");
        assertThat(names(task(d, "2").leads())).containsExactly("区经济信息委");
    }

    @Test
    void thePlaceAnOpeningSaysItsRulesAreMadeForIsItsRegion() {
        ParsedDocument city = parse("""
                关于进一步帮助市场主体纾困解难的具体实施细则
                为贯彻落实省政府有关政策措施精神,结合淮安实际,制定如下实施细则。
                一、落实财税支持政策
                1.积极争取省级专项资金。
                2.加大稳岗返还力度。
                """);
        assertThat(city.meta().region().name()).isEqualTo("淮安市");
        ParsedDocument county = parse("""
                关于稳增长的若干措施
                为促进经济平稳发展,结合官渡区实际,提出以下措施。
                一、扩大有效投资
                1.加快重点项目建设。
                2.优化审批服务。
                """);
        assertThat(county.meta().region().city()).isEqualTo("昆明市");
        assertThat(county.meta().region().district()).isEqualTo("官渡区");
    }

    @Test
    void aUnitThatHelpsAnotherCarryItOutCoOperatesWithIt() {
        ParsedDocument d = parse("""
                某省十一五规划纲要主要目标和任务分工
                一、主要任务
                1.将约束性指标纳入领导干部政绩考核。(省人事厅配合省委有关部门落实)
                2.调整优化工业经济结构。(省经信委牵头落实
                """);
        assertThat(names(task(d, "1").leads())).containsExactly("省委有关部门");
        assertThat(names(task(d, "1").co())).containsExactly("省人事厅");
        assertThat(names(task(d, "2").leads())).containsExactly("省经信委");
    }

    @Test
    void theRulesADivisionOfWorkFollowsAreNoTasks() {
        ParsedDocument d = parse("""
                某市十三五规划纲要主要目标和任务分工的通知
                一、分工原则
                (一)突出主要目标和任务。对要求明确的内容进行分解落实。
                (二)合理划分责任。由多个单位负责的,排在第一位的为牵头单位。
                二、主要任务分工
                (一)推进产业升级。(市发改委、市经信局负责)
                (二)加快城市建设。(市住建局负责)
                """);
        assertThat(d.tasks()).filteredOn(t -> "task".equals(t.kind())).extracting(ParsedTask::title)
                .containsExactly("推进产业升级", "加快城市建设");
    }

    @Test
    void aNoticesNumberAfterItsHeadingIsTheDocumentNumber() {
        ParsedDocument bracketed = parse("""
                某省人民政府办公厅关于印发某省跨境电商发展行动计划的通知 (某政办发〔2024〕27号)
                各市人民政府,省政府直属各单位:
                现将《某省跨境电商发展行动计划》印发给你们,请认真贯彻执行。
                一、重点任务
                1.培育跨境电商主体。(省商务厅牵头,省贸促会、省市场监管局按职责分工配合)
                2.建设海外仓。(省商务厅负责)
                """);
        assertThat(bracketed.meta().docNumber()).isEqualTo("某政办发〔2024〕27号");
        assertThat(names(task(bracketed, "1").co())).containsExactly("省贸促会", "省市场监管局");
        ParsedDocument glued = parse("""
                省人民政府办公厅关于印发某省新型城镇化建设实施方案的通知某府办发〔2017〕76号
                为推进新型城镇化建设,结合我省实际,制定本实施方案。
                一、促进农业转移人口市民化
                1.全面放宽城镇落户限制。
                2.推进基本公共服务均等化。
                """);
        assertThat(glued.meta().docNumber()).isEqualTo("某府办发〔2017〕76号");
        assertThat(glued.meta().title()).isEqualTo("某省新型城镇化建设实施方案");
    }

    @Test
    void aNumberCitedAfterAQuotedTitleStaysCited() {
        ParsedDocument d = parse("""
                某县农村环境整治实施方案
                根据《某省人民政府办公厅关于加强农村环境整治的通知》(某政办发〔2023〕5号)精神,制定本方案。
                一、重点任务
                1.开展垃圾分类。
                2.推进污水治理。
                """);
        assertThat(d.meta().docNumber()).isNull();
    }

    @Test
    void questionsANoticeAsksItsReadersAreNoTasks() {
        ParsedDocument d = parse("""
                关于征集对2023年某市民生实事项目实施情况意见建议的通告
                一、征集意见和建议的主要内容
                1.您比较关注哪些方面的民生问题?
                2.您想了解哪几项民生实事的进展情况?
                二、征集意见和建议的时间
                即日起至8月5日
                附件:
                2023年某市民生实事项目
                一、教育惠民领域
                1.新建中小学15所。(牵头单位:市教育局)
                2.完成义务教育学校照明改造。(牵头单位:市教育局)
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title).doesNotContain("您比较关注哪些方面的民生问题")
                .contains("新建中小学15所");
    }

    @Test
    void anIndicatorSystemExplainingEachIndicatorGivesATaskAnIndicatorAndNoOwner() {
        ParsedDocument d = parse("""
                附件
                2020年城市体检指标体系
                目标
                序号
                指标
                解释
                备注
                一、生态宜居
                1
                区域开发强度(%)
                市辖区建成区面积占市辖区总面积的比例。
                2
                城市人口密度(万人/平方公里)
                市辖区建成区单位用地面积上的常住人口数。
                二、健康舒适
                3
                社区便民服务设施覆盖率(%)
                市辖区建成区建有便民超市、便利店、快递点等公共服务的社区数占社区总量的比例。
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title)
                .containsExactly("区域开发强度(%)", "城市人口密度(万人/平方公里)", "社区便民服务设施覆盖率(%)");
        assertThat(d.tasks()).allSatisfy(t -> assertThat(t.leads()).isEmpty());
    }

    @Test
    void aListsHeadingEndingInAColonTitlesTheList() {
        ParsedDocument d = parse("""
                某市第十八届人民代表大会第二次会议依法票决产生了某市人民政府2023年民生实事项目,现将票决结果公告如下:
                某市人民政府2023年民生实事项目:
                1.中心城区水环境综合治理;
                2.安全饮水提级扩能;
                3.中小学校改造升级。
                """);
        assertThat(d.meta().title()).isEqualTo("某市人民政府2023年民生实事项目");
        assertThat(d.tasks()).hasSize(3);
    }

    @Test
    void aNoticeOnAListWrappedOverTwoLinesIsNoTitleOfTheListAlone() {
        ParsedDocument d = parse("""
                关于征集对2023年某市民生实事项目
                实施情况专题询问意见建议的通告
                一、征集内容
                1.民生实事推进中的问题和建议。
                2.群众关注的民生问题。
                """);
        assertThat(d.meta().title()).isEqualTo("关于征集对2023年某市民生实事项目实施情况专题询问意见建议的通告");
    }

    @Test
    void theNotesUnderATableAreNoMeasures() {
        ParsedDocument d = parse("""
                某省城市内涝治理规划
                一、主要任务
                1.明确排涝标准。各地要按照国家标准确定设计重现期。
                表5 雨水管渠设计重现期(年)
                城区类型
                重现期
                超大城市
                3~5
                注:1.按表中所列重现期设计暴雨强度公式时,均采用年最大法。
                2.雨水管渠应按重力流、满管流计算。
                3.超大城市指城区常住人口在1000万以上的城市。
                2.完善排水设施。各地要加快雨污分流改造。
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("明确排涝标准", "完善排水设施");
    }

    @Test
    void anIndicatorSystemUnderItsAnnexLabelIsTheTitle() {
        ParsedDocument d = parse("""
                附件2
                2021年城市体检指标体系
                目标
                序号
                指标
                解释
                一、生态宜居
                1
                区域开发强度(%)
                市辖区建成区面积占市辖区总面积的百分比。
                2
                组团规模(平方公里)
                市辖区建成区内每一个组团的规模。
                """);
        assertThat(d.meta().title()).isEqualTo("2021年城市体检指标体系");
    }

    @Test
    void anAnnexsGroupsMakeNoMeasureOfThePlanAmbiguous() {
        ParsedDocument d = parse("""
                某市交通领域精细化管理工作方案
                一、提升交通设施品质
                (一)改善城市道路环境。提高道路通行舒适性。
                (二)改善农村道路环境。推进四好农村路建设。
                二、提升出行服务体验
                (三)提升轨道交通服务水平。优化运营组织。
                附件
                重点任务清单
                (一)改善城市道路环境
                1.建设精品道路300条。
                2.完成道路整治100公里。
                """);
        assertThat(d.tasks()).filteredOn(t -> t.title().startsWith("改善") || t.title().startsWith("提升"))
                .extracting(ParsedTask::number).containsExactly("(一)", "(二)", "(三)");
    }

    @Test
    void aPartsGroupOverItemsStillMakesTheOtherPartsNumbersAmbiguous() {
        ParsedDocument d = parse("""
                某学校工作要点
                一、党建工作
                (一)党建品牌建设。坚持围绕教学抓党建。
                (二)红色文化宣讲活动。组织宣讲十场。
                二、德育工作
                (一)师德建设。学习师德规范。
                1.学习师德规范。年内组织全体教职工学习。
                2.开展师德评议。
                """);
        assertThat(d.tasks()).extracting(ParsedTask::number).contains("一(一)", "一(二)");
    }

    @Test
    void aLongerSubjectAfterACommaThenByNamesTheOwnersOfTheMeasure() {
        ParsedDocument d = parse("""
                某区生活垃圾分类体系建设实施方案
                一、主要任务
                1.深入开展创建,加强源头管理。加强单位分类宣传培训,党政机关等公共机构垃圾分类推进由区机管局落实,其余单位生活垃圾分类推进由街镇(园区)牵头,区绿化市容局配合落实。
                2.夯实工作基础。全面落实居住区分类设施配置。
                """);
        assertThat(names(task(d, "1").leads())).containsExactly("街镇(园区)");
        assertThat(names(task(d, "1").co())).containsExactly("区绿化市容局");
    }

    @Test
    void aDivisionOfWorkHeadedByBodiesGivesEachItsMeasure() {
        ParsedDocument d = parse("""
                某市城市体检工作方案
                一、工作目标
                全面开展城市体检。
                二、任务分工
                (一)城市规划研究院。负责城市体检技术指导,开展社会满意度调查。
                (二)市教育局。负责学校数据的汇总报送。
                (三)市交通运输局、市
                """);
        assertThat(names(task(d, "(一)").leads())).containsExactly("城市规划研究院");
        assertThat(names(task(d, "(二)").leads())).containsExactly("市教育局");
        assertThat(task(d, "(三)").leads()).isEmpty();
    }

    @Test
    void notLessThanAndShouldNotExceedBoundATarget() {
        ParsedDocument d = parse("""
                某市城市建设管理方案
                一、主要任务
                1.优化道路网络。到2025年,组团内每平方公里道路长度不小于8公里。
                2.控制开发强度。到2025年,组团规模不宜超过50平方公里。
                """);
        assertThat(d.targets()).extracting(ParsedTarget::comparator, ParsedTarget::value)
                .contains(org.assertj.core.groups.Tuple.tuple(">=", 8.0), org.assertj.core.groups.Tuple.tuple("<=", 50.0));
    }

    @Test
    void aDistrictsDutyItemIsTitledByItsWholeFirstSentence() {
        ParsedDocument d = parse("""
                某区生活垃圾分类行动计划
                一、职责分工
                1.区绿化市容局:负责总体牵头协调推进全区生活垃圾分类工作。
                2.区教育局:负责落实各中小学完成单位强制分类工作。
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly(
                "区绿化市容局:负责总体牵头协调推进全区生活垃圾分类工作", "区教育局:负责落实各中小学完成单位强制分类工作");
        assertThat(names(task(d, "2").leads())).containsExactly("区教育局");
    }

    @Test
    void aTaskListWithVerticalGroupsAndAYearlyFigureEachYear() {
        ParsedDocument d = parse("""
                附件
                某区生活垃圾分类体系建设任务清单(2018-2020年)
                类别
                序号
                主要任务
                节点
                指标数
                责任单位
                配合单位
                1.
                分
                类
                投
                放
                1
                绿色账户推进覆盖累计户数
                2018年
                24.3万户
                各街道办事处
                区绿化市容局
                2019年
                26.5万户
                2
                创建达标分类小区(累计数)
                2018年
                345个
                各街道办事处
                区房管局
                2.
                分
                类
                运
                输
                1
                干垃圾车标识更新
                2018年
                89辆
                区绿化市容局
                2
                有害垃圾车配置
                2018年
                1辆
                区绿化市容局
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title)
                .containsExactly("绿色账户推进覆盖累计户数", "创建达标分类小区(累计数)", "干垃圾车标识更新", "有害垃圾车配置");
        assertThat(d.tasks()).filteredOn(t -> t.title().equals("干垃圾车标识更新"))
                .allSatisfy(t -> assertThat(names(t.leads())).containsExactly("区绿化市容局"));
        assertThat(d.tasks()).filteredOn(t -> t.title().startsWith("绿色账户"))
                .allSatisfy(t -> assertThat(names(t.co())).containsExactly("区绿化市容局"));
    }
}
