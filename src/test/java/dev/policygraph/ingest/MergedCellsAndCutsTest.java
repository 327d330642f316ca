package dev.policygraph.ingest;

import static dev.policygraph.ingest.PlanTexts.names;
import static dev.policygraph.ingest.PlanTexts.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tables as web pages flatten them when cells were merged or wrapped, progress reports with a leaders' column, and
 * plans whose text a page cut in the middle of a clause.
 */
class MergedCellsAndCutsTest {

    @Test
    void aProgressReportNamesItsLeadersApartFromItsUnits() {
        // one cell a line; the task and its yearly target merged into one cell, the progress columns read as nothing
        ParsedDocument d = parse("""
                2024年区政府为民办实事项目推进情况(1-6月)
                序号 |
                主要任务 |
                全年目标任务 |
                分管 领导 |
                牵头 单位 |
                责任主体与协同单位 |
                1-5月推进情况 |
                1-6月推进情况 |
                是否序时 |
                备注 |
                7 |
                改造提升老旧小区燃气管网40公里。 |
                周立新 |
                住建局 |
                燃气公司、各街道 |
                已完成15公里。 |
                已完成22公里。 |
                是 |
                ||
                8 |
                新建口袋公园12个。 |
                周立新 |
                园林局 |
                城管局、相关街道 |
                已开工8个。 |
                已建成9个。 |
                是 |
                """);
        assertThat(d.meta().title()).isEqualTo("2024年区政府为民办实事项目推进情况(1-6月)");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("7", "8");
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("改造提升老旧小区燃气管网40公里", "新建口袋公园12个");
        assertThat(names(d.tasks().get(0).leads())).containsExactly("住建局");
        assertThat(names(d.tasks().get(0).co())).containsExactly("燃气公司", "各街道");
        assertThat(names(d.tasks().get(1).leads())).containsExactly("园林局");
        assertThat(names(d.tasks().get(1).co())).containsExactly("城管局", "相关街道");
    }

    @Test
    void aHeaderJoiningTwoUnitColumnsIsOneColumnOfUnits() {
        assertThat(Tables.isHeader(List.of("序号", "工作任务", "责任主体与协同单位"))).isTrue();
        assertThat(Tables.isHeader(List.of("序号", "工作任务", "牵头单位及配合单位"))).isTrue();
        ParsedDocument d = parse("""
                序号\t工作任务\t牵头单位及配合单位
                1\t开展燃气安全专项检查\t应急局、市场监管局、消防大队
                """);
        assertThat(names(d.tasks().get(0).leads())).containsExactly("应急局");
        assertThat(names(d.tasks().get(0).co())).containsExactly("市场监管局", "消防大队");
    }

    @Test
    void rowsThatLostTheirMergedProjectCellGoOnWithTheProjectAbove() {
        // the project's name and number merged over its rows; the later rows print their cells first and pad the end
        ParsedDocument d = parse("""
                2022年某县民生实事项目进度表
                项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |
                1.城区排水改造项目 | 改造城区雨污管网12公里; | 10月 | 住建局 |
                2022.9 | 城建集团 | ||
                新建排涝泵站2座。 | 11月 | 水利局 | |
                2.乡村客运提升项目 | 新开通城乡公交线路5条。 | 9月 | 交通局 |
                """);
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("城区排水改造项目", "乡村客运提升项目");
        assertThat(names(d.tasks().get(0).leads())).containsExactly("住建局", "城建集团", "水利局");
        assertThat(names(d.tasks().get(1).leads())).containsExactly("交通局");
    }

    @Test
    void aCellPrintedOverLinesStaysInItsRow() {
        // the page printed the row on one line, the deadline cell's items after spaces: those become lines of their own
        ParsedDocument d = parse("""
                项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |
                1.集贸市场改造项目 | 完成东街、西街两个集贸市场的提升改造,规范摊位设置,改造给排水、消防和照明设施,建设农产品快速检测室,                实现市场管理信息化,建成后开展星级市场评定。 | 1、东街市场6月底前完成主体改造 2、西街市场10月底前完成主体改造                 3、两个市场12月底前完成星级评定 | 商务局 |
                2.公共厕所新建项目 | 新建公共厕所20座。 | 11月 | 城管局 |
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("集贸市场改造项目", "公共厕所新建项目");
        assertThat(names(d.tasks().get(0).leads())).containsExactly("商务局");
        assertThat(names(d.tasks().get(1).leads())).containsExactly("城管局");
    }

    @Test
    void aPartHeadingThatStatesAMeasureInASentenceIsATask() {
        ParsedDocument d = parse("""
                某省今年将办好八件民生实事。
                一、扩大普惠托育服务供给。
                新增普惠托位2万个。支持用人单位办托。
                二、推进老旧小区改造工程建设。
                新开工改造城镇老旧小区不少于800个。
                加装电梯1000部以上。
                """);
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("一", "二");
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("扩大普惠托育服务供给", "推进老旧小区改造工程建设");
        // a part named for what it holds is no measure
        ParsedDocument named = parse("""
                某县卫生健康工作方案
                一、工作目标
                到2025年,县域就诊率达到90%以上。
                二、主要任务
                (一)提升县医院能力。新建胸痛中心。(县卫健局负责)
                """);
        assertThat(named.tasks()).extracting(ParsedTask::number).containsExactly("(一)");
    }

    @Test
    void aClauseCutByThePagesEndKeepsItsWholeNames() {
        ParsedDocument d = parse("""
                某省重点工作分工方案
                一、稳定工业增长。推动规上工业增加值增长6%。(省工信厅、省发展改革委负责)
                二、扩大有效投资。加快推进200个省级重点项目建设。〔省发展改革委、省财政厅、省数据局(省营商局)、省自""");
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("一", "二");
        assertThat(names(d.tasks().get(1).leads())).containsExactly("省发展改革委");
        assertThat(names(d.tasks().get(1).co())).containsExactly("省财政厅", "省数据局(省营商局)");
        // a single piece of a name is no clause
        ParsedDocument cut = parse("""
                某省重点工作分工方案
                一、稳定工业增长。推动规上工业增加值增长6%。(省工信厅、省发展改革委负责)
                二、扩大有效投资。加快推进200个省级重点项目建设。(省财""");
        assertThat(cut.tasks()).hasSize(1);
    }

    @Test
    void aBodyWithItsOtherNameInBracketsIsOneBody() {
        assertThat(UnitNames.named("省数据局(省营商局)")).isTrue();
        assertThat(UnitNames.named("省数据局(加强管理)")).isFalse();
    }

    @Test
    void aBareNameBeforeAZoneSharesItsEnding() {
        assertThat(UnitNames.split("各乡镇人民政府、白湖、青湖管理区")).containsExactly("各乡镇人民政府", "白湖、青湖管理区");
        assertThat(UnitNames.split("计划财务科、区教育信息化中心")).containsExactly("计划财务科", "区教育信息化中心");
    }

    @Test
    void aStatementThatEveryLaterMeasureIsTheCountiesCarriesThem() {
        ParsedDocument d = parse("""
                某市大气污染防治实施方案
                一、主要任务
                1.编制准入清单。完成生态环境准入清单编制。(市生态环境局牵头,市发展改革局参与。以下各项工作均需各县、区人民政府落实,不再列出。)
                2.淘汰燃煤小锅炉。全面淘汰每小时10蒸吨以下燃煤锅炉。(市市场监管局牵头)
                """);
        assertThat(names(d.tasks().get(1).co())).contains("各县、区人民政府");
        assertThat(names(d.tasks().get(1).co())).noneMatch(u -> u.contains("工作"));
    }
    @Test
    void anIndicatorTableWithoutSerialNumbersIsReadFromItsNumberedTitles() {
        // one cell a line; the category merged over rows, the title cell wrapped, units one a line, a value wrapped
        ParsedDocument d = parse("""
                表2:主要指标完成情况
                类别
                指标名称
                年度目标
                完成情况
                责任部门
                创新发展
                1、规模以上工业增加值增长率
                8%以上
                9.1%
                区经信局
                2、高新技术产业增加值占规上工业
                比重
                提高2个
                百分点
                提高1.5个百分点
                区科技局
                区经信局
                民生保障
                3、城镇登记失业人数
                控制在
                5000人内
                4210人
                区人社局
                """);
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3");
        assertThat(d.tasks()).extracting(ParsedTask::title)
                .containsExactly("规模以上工业增加值增长率", "高新技术产业增加值占规上工业比重", "城镇登记失业人数");
        assertThat(names(d.tasks().get(1).leads())).containsExactly("区科技局");
        assertThat(names(d.tasks().get(1).co())).containsExactly("区经信局");
        assertThat(d.targets()).filteredOn(t -> "1".equals(t.taskNumber()))
                .extracting(ParsedTarget::comparator, ParsedTarget::value).containsExactly(org.assertj.core.groups.Tuple.tuple(">=", 8.0));
        assertThat(d.targets()).filteredOn(t -> "3".equals(t.taskNumber()))
                .extracting(ParsedTarget::comparator, ParsedTarget::value).containsExactly(org.assertj.core.groups.Tuple.tuple("<=", 5000.0));
    }
    @Test
    void aPipeTableWithALetterSpacedHeaderCutInItsLastName() {
        ParsedDocument d = parse("""
                附件1
                序号 | 任 务 名 称 | 指 标 要 求 | 牵 头 部 门 | 配 合 部 门 |
                1 | 城镇新增就业 | 8000人 | 区人社局 | 区财政局 各街道办事处 |
                2 | 新增市场主体 | 增长10% | 区市场监管局 | 区财政局、区商务局、区""");
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("城镇新增就业", "新增市场主体");
        assertThat(names(d.tasks().get(0).co())).containsExactly("区财政局", "各街道办事处");
        assertThat(names(d.tasks().get(1).leads())).containsExactly("区市场监管局");
        assertThat(names(d.tasks().get(1).co())).containsExactly("区财政局", "区商务局");
    }

    @Test
    void aLabelledClauseInSquareBracketsCutByThePagesEnd() {
        ParsedDocument d = parse("""
                某县2024年主要目标任务分解
                (一)地区生产总值增长7%。(牵头单位:县发改局;责任单位:各镇人民政府)
                (二)固定资产投资增长10%。[牵头单位:县发改局(粮食局)、县住建局;责任单位:各镇人""");
        assertThat(d.tasks()).hasSize(2);
        assertThat(names(d.tasks().get(1).leads())).containsExactly("县发改局(粮食局)", "县住建局");
    }
    @Test
    void aProgressTableWithASectionAndAPersonBesideItsLead() {
        // 负责科室 beside 牵头单位 is the lead's own section, 负责人 a person, 当前进度 what was done so far
        ParsedDocument d = parse("""
                序号
                重点工作任务(民生实事项目)
                牵头单位
                负责科室
                负责人
                计划完成时间
                当前进度
                1
                新增社区助餐点20个
                区民政局
                养老服务科
                王小明
                11月底前
                已建成12个。
                2
                新增家庭养老照护床位300张
                区民政局
                养老服务科
                李红
                10月底前
                已完成180张。
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("新增社区助餐点20个", "新增家庭养老照护床位300张");
        assertThat(d.tasks()).allSatisfy(t -> {
            assertThat(names(t.leads())).containsExactly("区民政局");
            assertThat(t.co()).isEmpty();
        });
        assertThat(d.targets()).extracting(ParsedTarget::value).containsExactlyInAnyOrder(20.0, 300.0);
    }
    @Test
    void aGluedTableGoingOnFromAPageBeforeWithClausesInItsUnitCells() {
        ParsedDocument d = parse("""
                重点任务分工清单
                (上接第二版)
                序号工作任务责任单位11完善托育服务体系。支持用人单位办托。省卫生健康委牵头;省发展改革委、省教育厅配合;各州(市)政府落实12推进婴幼儿照护服务示范创建。开展示范城市创建活动。省卫生健康委、省民政厅牵头;省财政厅配合;各州(市)政府落实13加强托育人才培养。
                """);
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("11", "12", "13");
        assertThat(names(d.tasks().get(1).leads())).containsExactly("省卫生健康委", "省民政厅");
        assertThat(names(d.tasks().get(1).co())).contains("省财政厅");
    }
    @Test
    void headerCellsWrappedOverTwoLinesAndNamedForTheirQuarter() {
        ParsedDocument d = parse("""
                2024年某区重点工作任务第三季度进展情况
                序号
                重点工作及
                责任分解内容
                牵头
                责任单位
                3季度
                目标任务
                前三季度
                进展情况
                前三季度
                完成状况
                1
                开工建设智慧农业产业园
                某某镇
                完成温室骨架安装
                温室骨架已安装完成。
                序时完成
                2
                办好桃花节等节庆活动
                某某街道
                举办桃花节1次
                已举办。
                序时完成
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("开工建设智慧农业产业园", "办好桃花节等节庆活动");
        assertThat(names(d.tasks().get(0).leads())).containsExactly("某某镇");
        assertThat(names(d.tasks().get(1).leads())).containsExactly("某某街道");
    }
    @Test
    void twoBodiesJoinedByAConjunctionAreTwoUnlessOneNamesOnlyTheOthersKind() {
        assertThat(UnitNames.split("市教育局和市财政局")).containsExactly("市教育局", "市财政局");
        assertThat(UnitNames.split("区城管大队法制办及街道城管中队")).containsExactly("区城管大队法制办", "街道城管中队");
        assertThat(UnitNames.split("市住房和城乡建设局、市人力资源和社会保障局"))
                .containsExactly("市住房和城乡建设局", "市人力资源和社会保障局");
        assertThat(UnitNames.split("各县(市、区)党委和人民政府")).containsExactly("各县(市、区)党委和人民政府");
    }
    @Test
    void aHeaderPrintedAsRowsOfCellsOverRowsOneCellALine() {
        ParsedDocument d = parse("""
                某区2023年第二季度重点任务进展情况
                序号 | 重点任务 |
                完成时间 | 责任人 | 责任部门 | 进展情况 |
                3 |
                建设城市绿道20公里。 |
                12月底前完成 |
                张某 |
                区园林局 |
                已完成12公里。 |
                4 |
                新建口袋公园5个。 |
                11月底前完成 |
                李某 |
                区住建局 |
                已开工3个。 |
                """);
        assertThat(d.tasks()).extracting(ParsedTask::number).containsExactly("3", "4");
        assertThat(names(d.tasks().get(0).leads())).containsExactly("区园林局");
        assertThat(names(d.tasks().get(1).leads())).containsExactly("区住建局");
    }
    @Test
    void anInspectionPlanNamesItsSectionsInAColumnOfTheirOwn() {
        ParsedDocument d = parse("""
                2024年“双随机、一公开”抽查工作计划 | ||||
                序号 | 检查主体 | 年度计划名称 | 检查内容 | 计划开展时间 | 股室 | 抽查比例 |
                1 | 某县市场监督管理局 | 对食品生产企业的行政检查 | 对食品生产企业的行政检查 | 1月—12月 | 食品生产股 | 5% |
                2 | 某县市场监督管理局 | 对计量器具使用的行政检查 | 对计量器具使用的行政检查 | 1月—12月 | 计量股 | 3% |
                """);
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("对食品生产企业的行政检查", "对计量器具使用的行政检查");
        assertThat(names(d.tasks().get(0).leads())).containsExactly("食品生产股");
        assertThat(names(d.tasks().get(1).leads())).containsExactly("计量股");
    }
}
