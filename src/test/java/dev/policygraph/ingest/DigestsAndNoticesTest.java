package dev.policygraph.ingest;

import static dev.policygraph.ingest.PlanTexts.names;
import static dev.policygraph.ingest.PlanTexts.parse;
import static dev.policygraph.ingest.PlanTexts.task;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Plans as digests, document sites and notices print them: items run together with numbers a site dropped, notices
 * that hand over several annexes, assessment rules whose owners stand in the sentence, tables with merged grouping
 * cells. Every text is written for the test in the shape such pages have.
 */
class DigestsAndNoticesTest {

    @Test
    void aDigestRunTogetherKeepsItsItemsWhereTheSiteDroppedSome() {
        ParsedDocument d = parse("二、主要任务(一)完善养老服务网络行动1.建设街道综合养老服务中心,推动功能拓展,"
                + "(责任单位:区民政局、区财政局等)2.发展社区嵌入式养老机构,(责任单位:区民政局、区住建局等)"
                + "5.推进家庭养老床位建设,(责任单位:区民政局、区卫健局)(三)提升医养结合水平行动8.推动医疗机构与养老机构签约合作,"
                + "(责任单位:区卫健局、区民政局等)9.开展老年健康服务,(责任单位:区卫健局)三、组织实施各部门要加强协作。");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "5", "8", "9");
        assertThat(names(task(d, "5").leads())).containsExactly("区民政局");
        assertThat(names(task(d, "5").co())).containsExactly("区卫健局");
        assertThat(names(task(d, "8").leads())).containsExactly("区卫健局");
        assertThat(d.sections()).extracting(ParsedSection::number).contains("(一)", "(三)");
    }

    @Test
    void aCatchAllAfterDengAndAPlanWideNoteNameNoUnit() {
        assertThat(UnitNames.split("市财政局等市级相关单位")).containsExactly("市财政局");
        assertThat(UnitNames.split("区交通局、区城管局等区直有关部门")).containsExactly("区交通局", "区城管局");
        ParsedDocument d = parse("""
                一、完善服务体系
                (一)健全基层网络。
                1.推进站点建设。(省民政厅、省财政厅负责。列第一位者为牵头部门或单位,其他有关部门和单位按职责分工负责,下同)
                2.完善服务标准。(省市场监管局、省民政厅负责)
                """);
        assertThat(names(task(d, "1").leads())).containsExactly("省民政厅");
        assertThat(names(task(d, "1").co())).containsExactly("省财政厅");
        assertThat(names(task(d, "2").leads())).containsExactly("省市场监管局");
        assertThat(names(task(d, "2").co())).containsExactly("省民政厅");
    }

    @Test
    void anAssessmentTableKeepsItsTitleAndReadsDeductionsAsPartOfTheIndicator() {
        ParsedDocument d = parse("""
                内容预览:
                2024年度乡镇消防安全工作考核细则
                考核项目
                考核内容
                分值
                评分细则
                一、
                组织领导
                1.成立消防安全工作领导小组,明确分管领导。(2分)
                2.每半年召开一次消防工作专题会议。(2分)
                1、未成立领导小组的,扣1分;未明确分管领导的,扣0.5分。
                2、每少召开一次会议扣1分。
                3.制定年度消防工作计划。(1分)
                全文共8000字,仅供站内会员学习参考
                新来的客人请【点此注册】加入会员
                """);
        assertThat(d.meta().title()).isEqualTo("2024年度乡镇消防安全工作考核细则");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3");
    }

    @Test
    void aProgressCellOfAPipeTableKeepsItsNumberedItems() {
        String row1 = "1 | 建设科技创新平台,推进实验室和研究院项目建设,支持重点企业研发中心升级,打造区域创新高地,"
                + "争取国家级平台落地,完善成果转化服务体系。 | 区科技局 | 1.实验室二期完成主体工程,研究院投入运行,"
                + "重点企业研发中心完成升级,新增省级以上研发机构6家。 2.国家级平台申报材料已报送,专家论证已完成。 "
                + "3.成果转化服务中心已挂牌,全年促成技术合同120项。 |";
        ParsedDocument d = parse("序号 | 重点工作 | 牵头单位 | 完成情况 |\n" + row1 + "\n"
                + "2 | 实施人才引育工程,引进高层次人才50名。 | 区人社局 | 已引进32名。 |\n");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
        assertThat(names(task(d, "1").leads())).containsExactly("区科技局");
    }

    @Test
    void aNoticeHandingOverSeveralAnnexesIsNoTaskAndAGroupHeadingNamesTheLead() {
        ParsedDocument d = parse("""
                各镇人民政府,县直各有关单位:
                经县政府同意,现将《2024年县政府重点工作任务分解》《2024年民生实事任务分解》印发给你们,请抓好落实。
                一、压实责任。各牵头单位要逐项细化措施,明确责任人。
                二、加强调度。县政府督查室按月调度进展。
                附件:1.2024年县政府重点工作任务清单
                2.2024年民生实事任务分解
                某县人民政府办公室
                2024年3月8日
                附件1
                2024年县政府重点工作任务清单
                一、县发改局牵头工作(2项)
                1.争取专项债券项目20个。
                2.推进重点项目开工建设。
                二、县教育局牵头工作(1项)
                3.新建幼儿园2所。
                """);
        assertThat(d.meta().title()).isEqualTo("2024年县政府重点工作任务清单");
        assertThat(d.meta().issuers()).containsExactly("某县人民政府办公室");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3");
        assertThat(names(task(d, "2").leads())).containsExactly("县发改局");
        assertThat(names(task(d, "3").leads())).containsExactly("县教育局");
    }

    @Test
    void anAssessmentItemNamesWhoScoresItInItsSentence() {
        ParsedDocument d = parse("""
                某县文明村镇考评办法
                一、考评内容及分工
                1、乡风文明建设10分,由县委宣传部负责考核;
                2、平安建设8分,由县委政法委、县公安局负责考核,此项考核由县公安局牵头并汇总;
                3、环境整治6分,由县住建局负责考核。
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("乡风文明建设10分,由县委宣传部负责考核",
                "平安建设8分,由县委政法委、县公安局负责考核,此项考核由县公安局牵头并汇总", "环境整治6分,由县住建局负责考核");
        assertThat(names(task(d, "1").leads())).containsExactly("县委宣传部");
        assertThat(task(d, "1").leadByConvention()).isTrue();
        assertThat(names(task(d, "2").leads())).containsExactly("县公安局");
        assertThat(names(task(d, "3").leads())).containsExactly("县住建局");
        // a subject before 由 is no unit, and 自由 in a zone's name opens no clause
        assertThat(Clauses.findAll("该项工作由县司法局牵头并汇总。").get(0).leads()).containsExactly("县司法局");
        assertThat(Clauses.findAll("建设口岸,由某市自由贸易试验区管委会负责。").get(0).leads())
                .containsExactly("某市自由贸易试验区管委会");
    }

    @Test
    void aTableGroupsItsRowsUnderMergedCells() {
        ParsedDocument d = parse("""
                2024年某区民生实事任务分解
                序号
                事项分类
                事项名称
                项目内容
                牵头单位
                协同单位
                1
                教育提质工程
                新(改)建中小学校
                新(改)建中小学校3所。
                区教育局
                区发改局
                区住建局
                2
                校园食堂提升
                改造学校食堂12个。
                区教育局
                /
                3
                健康服务工程
                新(改)建村卫生室
                新(改)建村卫生室40家。
                区卫健局
                各乡镇(街道)
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("新(改)建中小学校", "校园食堂提升", "新(改)建村卫生室");
        assertThat(names(task(d, "1").co())).containsExactly("区发改局", "区住建局");
        assertThat(names(task(d, "3").leads())).containsExactly("区卫健局");
        assertThat(d.targets()).extracting(ParsedTarget::text).contains("新(改)建村卫生室40家");
    }

    @Test
    void aRowNameMergedOverRowsGroupsThemAndEachRowIsTitledByItsOwnWork() {
        ParsedDocument d = parse("""
                2024年一季度区《政府工作报告》主要任务完成情况
                序号
                项目名称
                主要工作内容
                牵头单位
                完成进度
                1
                主要经济指标
                地区生产总值增长6%。
                区发改局
                /
                2
                一般公共预算收入增长5%。
                区财政局
                25%
                3
                固定资产投资完成市下达目标任务。
                区发改局
                30%
                4
                创新驱动
                研发经费投入增长20%以上。
                区科技局
                22%
                5
                新增高新技术企业40家。
                区科技局
                20%
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("地区生产总值增长6%", "一般公共预算收入增长5%",
                "固定资产投资完成市下达目标任务", "研发经费投入增长20%以上", "新增高新技术企业40家");
        assertThat(names(task(d, "4").leads())).containsExactly("区科技局");
    }

    @Test
    void aVerbBeforeASchoolWordNamesNoSchoolAndAPublisherFieldNamesTheIssuer() {
        assertThat(Schools.find("定期指导检查学校安全工作,不得随意安排学校停课。", null)).isEmpty();
        ParsedDocument d = parse("""
                索引号 | 001/2024-00012 | 公开方式 | 主动公开 |
                发布单位 | 某区人民政府办公室 | 发文日期 | 2024-05-06 |
                某区2024年为民办实事项目实施计划
                一、新建公办幼儿园3所。(责任单位:区教育局)
                """);
        assertThat(d.meta().issuers()).containsExactly("某区人民政府办公室");
    }

    @Test
    void aNoticeRunTogetherDownToItsAnnexTableHeader() {
        ParsedDocument d = parse("某市人民政府办公室文件 某政办发〔2020〕12号 关于分解落实2020年政府工作任务的通知 各镇人民政府,市各委办局:"
                + " 市政府将2020年政府工作分解为下列目标任务,现下达给你们,请认真组织实施,确保各项任务按期完成,市政府办公室将适时督查. "
                + "附件:某市2020年政府工作任务分解表 某市人民政府办公室 2020年3月2日 某市2020年政府工作任务分解表 序号 名称 工作任务 牵头责任单位\n"
                + "一、主要预期目标(3项)\n"
                + "1 地区生产总值增长6%以上. 发改委\n"
                + "2 一般公共预算收入增长5%. 财政局\n"
                + "3 城镇新增就业8000人. 人社局\n");
        assertThat(d.meta().title()).isEqualTo("某市2020年政府工作任务分解表");
        assertThat(d.meta().issuers()).containsExactly("某市人民政府办公室");
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("地区生产总值增长6%以上", "一般公共预算收入增长5%",
                "城镇新增就业8000人");
        assertThat(names(task(d, "3").leads())).containsExactly("人社局");
    }

    @Test
    void titlesUnderASiteLabelOrOpeningWithAVerbAndAPledgeOfDuties() {
        ParsedDocument labelled = parse("""
                某市某区企业奖励政策:关于加快某区制造业高质量发展的若干政策意见
                一、支持企业技术改造。对年度技改投资500万元以上的项目给予补助。
                """);
        assertThat(labelled.meta().title()).isEqualTo("关于加快某区制造业高质量发展的若干政策意见");
        ParsedDocument verb = parse("""
                加快西宁市物流业发展实施意见
                一、完善物流网络。(牵头单位:市商务局)
                """);
        assertThat(verb.meta().region().name()).isEqualTo("西宁市");
        ParsedDocument pledge = parse("""
                某镇2023年度安全生产工作目标责任书

                某镇2023年度安全生产工作目标责任书
                为落实安全生产责任,镇政府与各村签订本责任书。
                一、工作任务
                1、建立安全生产隐患排查台账。
                2、每季度开展一次安全检查。
                """);
        assertThat(pledge.meta().title()).isEqualTo("某镇2023年度安全生产工作目标责任书");
    }

    @Test
    void aDocumentSitesPageFieldsAndMarksAreNoText() {
        ParsedDocument d = parse("""
                查看更多
                PAGE PAGE 1 某乡2020年村安全生产考核细则 一、安全生产事故(共40分,扣完为止) 1、有人员伤亡的事故 (1)、发生死亡事故:死亡1人扣20分/次; (2)、发生重伤事故:重伤1人扣5分/次; 2、火灾事故 (1)、发生农房火灾:按受灾户数扣5分/户; (2)、发生森林火灾:视面积扣5至10分/次; 3、食品安全事故 (1)、发生群体性食物中毒:每起扣10分; (2)、发生食品安全舆情:每起扣5分
                — — — 2 —
                第 PAGE 1 页 共 NUMPAGES 1 页
                """);
        assertThat(d.meta().title()).isEqualTo("某乡2020年村安全生产考核细则");
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("有人员伤亡的事故", "火灾事故", "食品安全事故");
    }

    @Test
    void anAssessedPartHeadedWithItsWeightIsATask() {
        ParsedDocument d = parse("""
                某乡2012年度农村工作考评办法
                为抓好全乡农村工作,制订本办法,重点考核三项工作,考评总分100分。
                一、基层组织建设(40分)
                考核内容为:村班子建设情况,党员教育活动开展情况。
                二、农村经济管理(35分)
                考核内容为:村级财务公开情况,集体资产管理情况。
                三、人居环境整治(25分)
                考核内容为:垃圾收运情况。
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("基层组织建设(40分)", "农村经济管理(35分)",
                "人居环境整治(25分)");
    }

    @Test
    void aLabelledLineCutByThePagesEndKeepsItsWholeNames() {
        ParsedDocument d = parse("""
                某市2022年政府工作报告重点工作责任分解
                1.实施产业提升行动,加快构建现代产业体系。
                牵头市领导:张某
                责任单位:市发改委、市经信局、市财政局、市税
                """);
        assertThat(names(task(d, "1").leads())).containsExactly("市发改委");
        assertThat(names(task(d, "1").co())).containsExactly("市经信局", "市财政局");
        ParsedDocument joint = parse("""
                某区2022年重点工作责任分解
                1.城乡居民收入增长与经济增长同步。
                责任单位:区人力社保局、区农业农村局分别牵头
                """);
        assertThat(names(task(joint, "1").leads())).containsExactly("区人力社保局", "区农业农村局");
    }

    @Test
    void aFormsBlankForTheUnitsNameIsNoPageField() {
        ParsedDocument d = parse("""
                文明社区考评操作细则
                单位名称:
                项目
                内容
                考评标准
                分值
                一、社会风气健康向上。(20分)
                1.重视社区舆情引导工作,形成良好风尚。
                5分
                """);
        assertThat(d.meta().title()).isEqualTo("文明社区考评操作细则");
    }

    @Test
    void aCompilationsContentsAreNoTasks() {
        ParsedDocument d = parse("""
                1.某市教育局2025年工作要点12
                2.某县教育局2025年教育工作要点27
                一、全面加强党的建设
                1.强化理论武装
                2.加强基层党组织建设
                二、推进教育优质均衡
                3.扩大普惠性学前教育资源
                4.推进县域义务教育优质均衡
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("强化理论武装", "加强基层党组织建设",
                "扩大普惠性学前教育资源", "推进县域义务教育优质均衡");
    }

    @Test
    void aTitleWrappedBeforeItsSecondHalfAndALabelForAreas() {
        ParsedDocument d = parse("""
                某市人民政府关于印发2025年市政府工作报告任务分解和责任分工方案的通知
                各县(市)区人民政府,市政府各部门:
                现印发给你们,请认真贯彻落实。
                某市人民政府
                2025年2月10日
                2025年市政府工作报告任务分解

                和责任分工方案

                一、扩大有效投资
                1.实施重点项目300个。(牵头单位:市发展改革委;责任地区:各县(市)区政府、高新区管委会)
                """);
        assertThat(d.meta().title()).isEqualTo("2025年市政府工作报告任务分解和责任分工方案");
        assertThat(names(task(d, "1").leads())).containsExactly("市发展改革委");
        assertThat(names(task(d, "1").co())).containsExactly("各县(市)区政府", "高新区管委会");
    }

    @Test
    void aTableNumberingItsTaskCellsUnderLongCategoryLines() {
        ParsedDocument d = parse("""
                2025年政府工作报告主要工作任务分解表
                主要工作任务
                牵头单位
                责任单位
                一、稳增长、促转型,在构建现代化产业体系上走在前列
                1.培育壮大战略性新兴产业,新增规上工业企业30户。
                区发改局
                区工信局、各街道办事处
                2.大力发展数字经济和未来产业。
                发改局
                区工信局
                各街道办事处
                二、优环境、强服务,在营商环境建设上作出示范
                3.深化“一网通办”改革。
                区营商局
                区政数局
                """);
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3");
        assertThat(names(task(d, "2").leads())).containsExactly("发改局");
        assertThat(names(task(d, "2").co())).containsExactly("区工信局", "各街道办事处");
        assertThat(names(task(d, "3").leads())).containsExactly("区营商局");
    }

    @Test
    void anIndicatorTableWithoutRowNumbersGivesItsTargets() {
        ParsedDocument d = parse("""
                某市人民政府办公室关于印发某市现代农业发展规划的通知
                各县(市、区)人民政府:现印发给你们,请认真贯彻执行。
                现代农业主要指标表
                类别
                指标
                2020年实绩
                2025年目标
                一、经济增长
                农业增加值(亿元)
                81.5
                120
                粮食总产(吨)
                1196000
                1200000
                二、绿色发展
                森林覆盖率(%)
                21.5
                24.5
                """);
        assertThat(d.meta().title()).isEqualTo("某市现代农业发展规划");
        assertThat(d.targets()).extracting(ParsedTarget::metric, ParsedTarget::value, ParsedTarget::year)
                .contains(org.assertj.core.groups.Tuple.tuple("农业增加值", 120.0, 2025),
                        org.assertj.core.groups.Tuple.tuple("森林覆盖率", 24.5, 2025));
        ParsedDocument numbered = parse("""
                “十四五”教育事业发展主要指标表
                指  标
                2020年
                2025年
                属性
                一、发展水平
                1.学前教育毛入园率(%)
                98%
                99%以上
                约束性
                2.义务教育巩固率(%)
                99%
                100%
                约束性
                3.高中阶段毛入学率(%)
                其中:普通高中
                职业高中
                95%
                50%
                98%
                55%
                约束性
                二、资源建设
                1.普惠性幼儿园覆盖率(%)
                85%
                90%以上
                约束性
                """);
        assertThat(numbered.targets()).extracting(ParsedTarget::metric, ParsedTarget::comparator, ParsedTarget::value)
                .contains(org.assertj.core.groups.Tuple.tuple("学前教育毛入园率", ">=", 99.0),
                        org.assertj.core.groups.Tuple.tuple("普惠性幼儿园覆盖率", ">=", 90.0));
        assertThat(Targets.find("新建城市快速路54.1km。", null)).extracting(Targets.Found::unit).containsExactly("km");
    }

    @Test
    void schoolsPlansAndRulesTitledAsTheyArePrinted() {
        ParsedDocument rules = parse("""
                某市实验小学
                食堂安全管理制度
                第一条 成立食堂安全领导小组,校长任组长。
                第二条 总务处每周检查一次食堂卫生。
                """);
        assertThat(rules.meta().title()).isEqualTo("食堂安全管理制度");
        assertThat(rules.meta().issuers()).containsExactly("某市实验小学");
        assertThat(parse("新学期幼儿园保育工作计划书篇一\n一、加强保育队伍建设。\n二、做好卫生保健工作。\n").meta().title())
                .isEqualTo("新学期幼儿园保育工作计划书");
        assertThat(parse("学校教务处工作计划2019\n一、加强教学常规管理。\n二、抓好教研活动。\n").meta().title())
                .isEqualTo("学校教务处工作计划2019");
        assertThat(parse("教务处工作计划和安排(学校教学工作月度计划)\n一、三月:开学检查。\n二、四月:期中考试。\n").meta().title())
                .isEqualTo("教务处工作计划和安排(学校教学工作月度计划)");
        assertThat(parse("2024年1月-3月某区教育局重点工作进展情况\n序号 | 主要任务 | 牵头领导 | 责任科室 | 落实情况 |\n"
                + "1 | 举办校园艺术节10场以上。 | 张某 | 宣教科 | 已举办4场。 |\n"
                + "2 | 新建学校食堂3个。 | 李某 | 计财股 | 已开工2个。 |\n").meta().title())
                .isEqualTo("2024年1月-3月某区教育局重点工作进展情况");
    }

    @Test
    void aSectionNamesTheLeadAndItemsRunTogetherAfterTheirStops() {
        ParsedDocument d = parse("""
                2024年某区教育局重点工作进展情况
                序号 | 主要任务 | 牵头领导 | 责任科室 | 落实情况 |
                1 | 举办校园艺术节10场以上。 | 张某某 | 宣教科 | 已举办4场。 |
                2 | 新建学校食堂3个。 | 李某 | 计财股 | 已开工2个。 |
                """);
        assertThat(names(task(d, "1").leads())).containsExactly("宣教科");
        assertThat(names(task(d, "2").leads())).containsExactly("计财股");
        ParsedDocument monthly = parse("""
                学校德育处月度工作计划
                三月主题:文明礼仪月
                1、学雷锋树新风教育活动。
                2、“三八妇女节”感恩教育活动。3、“学礼仪规范,做文明学生”主题班会。
                4、《中小学生守则》知识竞赛。
                """);
        assertThat(monthly.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3", "4");
        ParsedDocument drill = parse("""
                学校安全演练工作计划
                一、指导思想
                提高学生应急避险能力。
                二、演练要求和工作分工
                1、召开学校领导、班主任会议,部署演练工作。
                2、年级组长安排各班撤离顺序。
                """);
        assertThat(drill.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
    }

    @Test
    void aGazettePagePrintedInTwoColumnsIsReadColumnByColumn() {
        String gap = " ".repeat(24);
        String text = "2/2022" + gap + "某市人民政府公报\n\n"
                + "          某市大气污染防治专项行动实施方案\n\n"
                + "    为持续改善我市空气质量,根据省里部署," + gap + "二、主要任务\n"
                + "制定本实施方案。" + gap + "(一)推进重点工程建设\n"
                + "    一、总体要求" + gap + "1 1..散煤清洁化替代散煤清洁化替代\n"
                + "    (一)指导思想" + gap + "完成全市平原地区散煤替代任务。\n"
                + "    坚持精准治污、科学治污," + gap + "(牵头单位:市生态环境局)\n"
                + "依法治污,持续改善环境质量。" + gap + "2.工业企业深度治理\n"
                + "    (二)主要目标" + gap + "完成重点企业提标改造二十家。\n"
                + "    全市空气质量持续改善。" + gap + "(牵头单位:市工信局)\n";
        ParsedDocument d = parse(text);
        assertThat(d.meta().title()).isEqualTo("某市大气污染防治专项行动实施方案");
        assertThat(d.tasks()).filteredOn(t -> t.kind().equals("task")).extracting(ParsedTask::number, ParsedTask::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "散煤清洁化替代"),
                        org.assertj.core.groups.Tuple.tuple("2", "工业企业深度治理"));
        assertThat(names(task(d, "1").leads())).containsExactly("市生态环境局");
    }

    @Test
    void aDistrictsShortNameIsNoMinistryAndAClauseLeftOpenAtItsLinesEnd() {
        ParsedDocument d = parse("""
                发布机构: 郊区发展和改革委员会
                某市郊区民生工作领导小组办公室关于2024年实施20项民生实事的通知
                各乡镇人民政府,各有关单位:
                一、促进就业(2项)
                1.新增城镇就业1000人。(牵头单位:郊区人力资源社会保障局
                2.培训家政服务人员500人次。(牵头单位:郊区商务局)
                """);
        assertThat(d.meta().region()).isNotEqualTo(Region.NATIONAL);
        assertThat(names(task(d, "1").leads())).containsExactly("郊区人力资源社会保障局");
        assertThat(names(task(d, "2").leads())).containsExactly("郊区商务局");
        ParsedDocument note = parse("""
                某区健康行动重点任务分工方案
                1.完善健康教育体系。(区卫健局、区教育局负责,排在第一位的为牵头单位,其他为协助配合单位)
                """);
        assertThat(names(task(note, "1").leads())).containsExactly("区卫健局");
        assertThat(names(task(note, "1").co())).containsExactly("区教育局");
    }

    @Test
    void aNoticeDatedWithoutABodyThenThePlanUnderItsPlace() {
        ParsedDocument d = parse("""
                宿州市民生工作领导小组办公室关于印发2025年20项民生实事落实方案的通知
                各县区人民政府,市有关单位:
                现将《2025年20项民生实事落实方案》印发给你们,请认真贯彻执行。
                一、提高政治站位。各牵头单位要把民生实事摆在突出位置。
                二、严格监督检查。市民生办按月调度。
                2025年3月20日
                宿州市2025年20项民生实事落实方案
                一、实施就业促进行动,新增城镇就业5000人。(牵头单位:市人社局)
                二、实施托育服务行动,新增普惠托位300个。(牵头单位:市卫健委)
                """);
        assertThat(d.meta().title()).isEqualTo("宿州市2025年20项民生实事落实方案");
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("实施就业促进行动,新增城镇就业5000人",
                "实施托育服务行动,新增普惠托位300个");
        ParsedDocument site = parse("""
                镇目标工作计划(2篇).docxVIP

                  • 0
                  • 约6.22千字
                  • 2026-01-28 发布于四川
                  • 举报

                镇目标工作计划(2篇)

                目录
                镇目标工作计划
                一、经济发展
                1.农业现代化推进。
                2.工业转型升级。
                """);
        assertThat(site.meta().title()).isEqualTo("镇目标工作计划");
    }

    @Test
    void aSecondPageRunTogetherGoesOnWithItsParts() {
        ParsedDocument d = parse("下半年区中小学德育工作计划\n"
                + "各校在此之前将优秀征文上交德育科进行评选。七、传统美德教育示范区创建工作。根据市教育局示范区创建工作方案,"
                + "进行我区创建工作的调研、规划和骨干校设立等工作,争取在三年内创建传统美德教育示范区。八、实施“十百千”活动。"
                + "在全区评选十所德育特色校、百名优秀德育工作者、千名文明学生,各校要积极申报德育特色学校。九、组织观看爱国主义"
                + "影片。各校要精心组织,结合主题班会开展观后讨论,确保每名学生每学期观看两部以上并撰写观后感。\n");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("七", "八", "九");
    }

    @Test
    void aNoticesHeadingNamesItsIssuerOverThePagesPublisherAndKeepsItsQuotes() {
        ParsedDocument d = parse("""
                发布机构: 某区发展和改革委员会
                名称: 宿州市埇桥区民生工作领导小组办公室关于2024年实施30项民生实事的通知
                宿州市埇桥区民生工作领导小组办公室关于2024年实施30项民生实事的通知
                各乡镇人民政府,各有关单位:
                一、促进就业(1项)
                1.新增城镇就业1000人。(牵头单位:区人社局)
                """);
        assertThat(d.meta().issuers()).containsExactly("宿州市埇桥区民生工作领导小组办公室");
        ParsedDocument quoted = parse("""
                某区人民政府办公室关于印发“健康某区2035”行动计划重点任务分工方案的通知
                发布时间:2019-05-01
                某区人民政府办公室关于印发健康某区2035”行动计划重点任务分工方案的通知
                各街道办事处,区直各部门:
                现将《“健康某区2035”行动计划重点任务分工方案》印发给你们,请认真贯彻执行。
                1.完善全民健康教育体系。(区卫健局牵头,区教育局配合)
                """);
        assertThat(quoted.meta().title()).isEqualTo("“健康某区2035”行动计划重点任务分工方案");
    }

    @Test
    void aTitlesQuarterBeforeItsPlaceAndAQuotedReportAfterIt() {
        ParsedDocument d = parse("""
                2024年第二季度临平区《政府工作报告》主要任务完成情况
                序号 | 主要工作内容 | 牵头单位 | 完成进度 |
                1 | 地区生产总值增长6%。 | 区发改局 | 50% |
                2 | 一般公共预算收入增长5%。 | 区财政局 | 52% |
                """);
        assertThat(d.meta().region().name()).endsWith("临平区");
        ParsedDocument half = parse("下半年区中小学德育工作计划\n一、加强理想信念教育。\n二、开展文明礼仪教育。\n");
        assertThat(half.meta().region()).isNull();
    }

    @Test
    void aNameCutInsideItsBodysWordAtThePagesEndIsDropped() {
        ParsedDocument line = parse("""
                某市2024年政府工作报告任务分解
                1.居民收入增长与经济增长基本同步。
                牵头单位:市发展改革委
                责任单位:各相关部门,各县(市)区政府、各开发区管委
                """);
        assertThat(names(task(line, "1").co())).containsExactly("各相关部门", "各县(市)区政府");
        ParsedDocument bracket = parse("""
                某市优化营商环境方案
                1.提升企业开办便利度。推行企业开办一网通办。(牵头单位:市市场监管局;责任地区:各区市县政府、先导区管委
                """);
        assertThat(names(task(bracket, "1").co())).containsExactly("各区市县政府");
    }
}
