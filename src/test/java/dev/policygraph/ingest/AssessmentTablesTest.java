package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Assessment tables (考核细则) printed one cell per line as a web page or an app copies them: a score column, a sum
 * row, categories with their own score lines, criteria wrapped over lines with 1. 2. items, a unit a line, notes.
 */
class AssessmentTablesTest {

    private static ParsedDocument parse(String text) {
        return new DocumentParser().parse("kaohe.txt", List.of(new Block.Line(text)));
    }

    private static List<ParsedTask> tasks(ParsedDocument d) {
        return d.tasks().stream().filter(t -> Kinds.TASK.equals(t.kind())).toList();
    }

    private static List<String> names(List<UnitRef> units) {
        return units.stream().map(UnitRef::name).toList();
    }

    private static final String HEADER = """
            某县2025年度河道保护工作目标管理考核细则
            序号
            考核项目
            各项分值
            考核指标
            负责考核部门
            总分
            100
            """;

    @Test
    void rowsAreReadUnderAScoreColumnASumRowAndACategoryWhoseScoreStandsOnItsOwnLine() {
        ParsedDocument d = parse(HEADER + """
                一、
                健全工作体系
                20
                1
                落实河道保护责任制
                7
                层层签订责任书，明确责任人。
                县水利局
                2
                推进河道巡查常态化
                13
                每月开展巡查，发现问题及时整改。
                县水利局
                """);
        assertThat(tasks(d)).extracting(ParsedTask::number).containsExactly("1", "2");
        assertThat(tasks(d)).extracting(ParsedTask::title).containsExactly("落实河道保护责任制", "推进河道巡查常态化");
        assertThat(names(tasks(d).get(1).leads())).containsExactly("县水利局");
        assertThat(d.meta().region().district()).isEqualTo("某县");
    }

    @Test
    void aScoreEqualToTheNextRowNumberIsTheRowsScoreAndCriteriaWrapOverLines() {
        ParsedDocument d = parse(HEADER + """
                1
                完善管理制度
                2
                1.修订完善巡查、保洁等制度，
                得1分。
                2.建立问题整改台账，得1分。
                县河长办
                2
                深化宣传教育
                3
                1.开展河道保护宣传进校园活动，得2分。
                2.配合开展主题宣传，得1分。
                县委宣传部
                县教育局
                县河长办
                3
                加强执法监管
                5
                年内查处河道违法案件10起以上。
                县公安局
                县水利局
                """);
        assertThat(tasks(d)).extracting(ParsedTask::number).containsExactly("1", "2", "3");
        assertThat(names(tasks(d).get(1).leads())).containsExactly("县委宣传部");
        assertThat(names(tasks(d).get(1).co())).containsExactly("县教育局", "县河长办");
        // the last row's units, a unit a line after its criteria
        assertThat(names(tasks(d).get(2).leads())).containsExactly("县公安局");
        assertThat(names(tasks(d).get(2).co())).containsExactly("县水利局");
        assertThat(d.targets()).anySatisfy(t -> {
            assertThat(t.value()).isEqualTo(10.0);
            assertThat(t.unit()).isEqualTo("起");
            assertThat(t.comparator()).isEqualTo(">=");
        });
    }

    @Test
    void theLastRowsCriteriaNumberedOneTwoStayInItsCellAndNotesAreNoTasks() {
        ParsedDocument d = parse(HEADER + """
                1
                加强水质监测
                4
                1.每月开展断面水质监测，得2分。
                2.按时报送监测数据，得2分。
                县水文站
                注：
                1.各项分值按完成情况计分，扣完为止。
                2.考核结果于次年1月报县河长办。
                """);
        assertThat(tasks(d)).extracting(ParsedTask::number).containsExactly("1");
        assertThat(names(tasks(d).get(0).leads())).containsExactly("县水文站");
    }

    @Test
    void aCategoryWithItsOwnCellsAfterTheLastRowIsARowButBonusAndDeductionRulesAreNot() {
        ParsedDocument d = parse(HEADER + """
                1
                加强水质监测
                4
                每月开展断面水质监测。
                县水文站
                二、加强信息报送工作
                6
                按时上报工作总结，得6分。
                县河长办
                三、奖扣分项目
                10
                1.工作经验被省、市推广的，分别奖10、5分。
                2.被通报批评的，扣10分。
                县河长办
                """);
        assertThat(tasks(d)).extracting(ParsedTask::number).containsExactly("1", "二");
        assertThat(tasks(d).get(1).title()).isEqualTo("加强信息报送工作");
        assertThat(names(tasks(d).get(1).leads())).containsExactly("县河长办");
    }

    @Test
    void aGuidingDepartmentColumnNamesTheOwnersAndANoteMarkIsNoPartOfATitle() {
        ParsedDocument d = parse("""
                某省改革举措推广清单
                序号
                改革举措
                主 要 内 容
                指导部门
                推广范围
                1
                企业开办“一日办结”▲
                将企业开办各环节整合为一个环节办理。
                省市场监管局、省公安厅
                全省
                2
                政务服务“帮办代办”
                设立帮办代办窗口。
                省政务服务办
                各设区市
                """);
        assertThat(tasks(d)).extracting(ParsedTask::title).containsExactly("企业开办“一日办结”", "政务服务“帮办代办”");
        assertThat(names(tasks(d).get(0).leads())).containsExactly("省市场监管局");
        assertThat(names(tasks(d).get(0).co())).containsExactly("省公安厅");
        assertThat(tasks(d).get(0).leadByConvention()).isTrue();
    }

    @Test
    void aPageLabelOverAWholeTitleIsNotPartOfIt() {
        ParsedDocument d = parse("考核依据\n" + HEADER + """
                1
                加强水质监测
                4
                每月开展断面水质监测。
                县水文站
                """);
        assertThat(d.meta().title()).isEqualTo("某县2025年度河道保护工作目标管理考核细则");
    }

    @Test
    void anItemThatOnlyCountsTheMeasuresOfAnAnnexIsNoTask() {
        ParsedDocument d = parse("""
                某省人民政府办公厅关于推广改革举措的通知
                一、推广的改革举措
                （一）政务服务方面3项：企业开办“一日办结”、涉企证照“一照通行”、政务服务“帮办代办”。
                （二）加强督促指导。各地要细化推广措施，确保改革举措落地见效。
                """);
        assertThat(tasks(d)).extracting(ParsedTask::title).containsExactly("加强督促指导");
    }

    @Test
    void aTableOfAssessedBodiesGivesEachRowItsBodyAndNumbersRestartingPerCategoryStayApart() {
        ParsedDocument d = parse("""
                某县2025年度河道保护工作责任单位考核细则
                序号
                考核项目
                各项分值
                考核内容
                评分标准
                总分
                100
                一、通用考核项目
                40
                1
                组织领导
                20
                成立工作领导小组
                1.成立领导小组,得10分;
                2.明确联络员,得10分。
                2
                宣传工作
                20
                开展河道保护宣传
                按要求开展宣传,得20分。
                二、部门履职考核项目
                60
                1
                重点考核部门
                县农业农村局
                60
                农村生活垃圾专项治理
                1.开展垃圾分类试点(30分);
                2.建立农村保洁机制(30分)。
                2
                县水利局
                60
                持续开展河道采砂专项整治
                1.加强联合巡查(30分);
                2.查处非法采砂行为(30分)。
                """);
        assertThat(tasks(d)).extracting(ParsedTask::title)
                .containsExactly("组织领导", "宣传工作", "农村生活垃圾专项治理", "持续开展河道采砂专项整治");
        assertThat(tasks(d)).extracting(ParsedTask::number).containsExactly("1", "2", "1", "2");
        assertThat(tasks(d).get(0).sectionPath()).isNotEqualTo(tasks(d).get(2).sectionPath());
        assertThat(names(tasks(d).get(0).leads())).isEmpty();
        assertThat(names(tasks(d).get(2).leads())).containsExactly("县农业农村局");
        assertThat(names(tasks(d).get(3).leads())).containsExactly("县水利局");
    }

    private static Block row(String... cells) {
        return new Block.Row(List.of(cells));
    }

    @Test
    void aPagesTableWithMergedCellsGroupsItsRowsUnderTheirPartsAndReadsTheBodyUnderASpanningHeader() {
        // as a page's table arrives: 考核项目 spans the category and the body columns, merged cells repeated down,
        // criteria cells holding several numbered lines
        ParsedDocument d = new DocumentParser().parse("kaohe.html", List.of(
                new Block.Line("某县2025年度河道保护工作责任单位考核细则"),
                row("序号", "考核项目", "", "各项分值", "考核内容", "评分标准", "说明"),
                row("", "总分", "", "100", "", "", ""),
                row("一、", "通用考核项目(全部责任单位)", "", "40", "", "", ""),
                row("1", "组织领导", "", "20", "落实组织领导责任", "1.成立领导小组,得10分;\n2.明确联络员,得10分。", ""),
                row("2", "宣传工作", "", "20", "开展河道保护宣传", "按要求开展宣传,得20分。", ""),
                row("二、", "部门履职考核项目", "", "60", "", "", "按部门各60分"),
                row("1", "重点考核部门", "县农业农村局", "60", "农村生活垃圾专项治理",
                        "1.开展垃圾分类试点(20分);\n2.建立农村保洁机制,每月巡查一次(20分);\n"
                                + "3.督查指导乡镇开展垃圾治理(10分);\n4.按时报送工作台账(10分)。", ""),
                row("2", "重点考核部门", "县水利局", "30", "持续开展河道采砂专项整治",
                        "1.加强联合巡查(10分);\n2.查处非法采砂行为(10分);\n3.建立举报处理台账(5分);\n"
                                + "4.每季度通报一次整治进展(5分)。", ""),
                row("2", "重点考核部门", "县水利局", "30", "推进河湖管理范围划定", "完成河湖管理范围划定(30分)。", ""),
                row("3", "一般考核部门", "县教育局", "60", "加强河湖保护教育", "开展进校园宣传活动(60分)。", "")));
        assertThat(tasks(d)).extracting(ParsedTask::title).containsExactly("组织领导", "宣传工作", "农村生活垃圾专项治理",
                "持续开展河道采砂专项整治", "推进河湖管理范围划定", "加强河湖保护教育");
        assertThat(tasks(d).get(0).sectionPath()).isNotEqualTo(tasks(d).get(2).sectionPath());
        assertThat(d.sections()).extracting(ParsedSection::title).contains("通用考核项目(全部责任单位)", "部门履职考核项目");
        assertThat(names(tasks(d).get(0).leads())).isEmpty();
        assertThat(names(tasks(d).get(2).leads())).containsExactly("县农业农村局");
        assertThat(names(tasks(d).get(3).leads())).containsExactly("县水利局");
        assertThat(names(tasks(d).get(4).leads())).containsExactly("县水利局");
        assertThat(names(tasks(d).get(5).leads())).containsExactly("县教育局");
        // the number cell spanning two rows prints 2 for each; their keys stay apart
        assertThat(tasks(d)).extracting(ParsedTask::printedNumber).containsExactly("1", "2", "1", "2", "2", "3");
        assertThat(tasks(d)).extracting(ParsedTask::key).doesNotHaveDuplicates();
    }

    @Test
    void anItemThatSetsUpABodyIsTheItemNotTheBodyItAssesses() {
        // 成立工作领导小组 ends like a body's name (小组) but says what to do: it is the row's title, and nobody leads
        ParsedDocument d = new DocumentParser().parse("kaohe.html", List.of(
                new Block.Line("某县2025年度河道保护工作考核细则"),
                row("序号", "考核项目", "分值", "考核内容"),
                row("1", "成立工作领导小组", "10", "成立以主要负责人为组长的领导小组,得10分。"),
                row("2", "组建专职巡河队伍", "10", "组建巡河队伍并开展巡查,得10分。"),
                row("3", "县水利局", "20", "推进河湖管理范围划定")));
        assertThat(tasks(d)).extracting(ParsedTask::title).containsExactly("成立工作领导小组", "组建专职巡河队伍",
                "推进河湖管理范围划定");
        assertThat(names(tasks(d).get(0).leads())).isEmpty();
        assertThat(names(tasks(d).get(1).leads())).isEmpty();
        assertThat(names(tasks(d).get(2).leads())).containsExactly("县水利局");
    }

    @Test
    void aPipeTableCopiedCellByCellIsReadRowByRowWithItsMergedCellsAndItemsNumberedInTheirCells() {
        // a page's table copied one cell a line, each cell closed by a pipe, lines of pipes between the rows; no 序号
        // column: the items carry their numbers; a group cell opens some rows; merged cells are printed once
        ParsedDocument d = parse("""
                某区2024年度部门绩效考核项目表
                |
                 考核项目及分值 |
                 考核办法 |
                 总牵头单位 |
                 考核责任单位 |
                ||
                 (一)共性指标(60分) |
                 1. |
                 按完成情况赋分 |
                 区委办 |
                 区考核办 |
                |
                 2. |
                |||||
                 …… |
                |||||
                 (二)专项指标(40分) |
                 1.河长制落实情况(25分) |
                 按排名赋分 |
                 区水务局 |
                 区生态环境局、区农业农村局 |
                |
                 2.森林防火工作(15分) |
                 区应急管理局 |
                ||||
                 (三)综合评价(100分) |
                 1.群众满意度测评(100分) |
                 —— |
                 按实绩赋分 |
                 区统计局 |
                 —— |
                |
                """);
        // the rows left to be filled in (1. 2. ……) are no tasks; a title keeps the weight printed with it
        assertThat(tasks(d)).extracting(ParsedTask::title)
                .containsExactly("河长制落实情况(25分)", "森林防火工作(15分)", "群众满意度测评(100分)");
        assertThat(tasks(d)).extracting(ParsedTask::number).containsExactly("1", "2", "1");
        assertThat(names(tasks(d).get(0).leads())).containsExactly("区水务局");
        assertThat(names(tasks(d).get(0).co())).containsExactly("区生态环境局", "区农业农村局");
        // the second row prints only its item and its own 考核责任单位: the lead's merged cell is the first row's
        assertThat(names(tasks(d).get(1).leads())).containsExactly("区水务局");
        assertThat(names(tasks(d).get(1).co())).containsExactly("区应急管理局");
        // an extra column of dashes before the 考核办法 is left out: the last cells are the unit columns
        assertThat(names(tasks(d).get(2).leads())).containsExactly("区统计局");
        assertThat(names(tasks(d).get(2).co())).isEmpty();
    }

    @Test
    void aWeightIsLeftOutOfATitleWhenTheSentencesOfItsScoringFollowIt() {
        ParsedDocument d = parse("""
                某县2025年度耕地保护考核细则
                一、考核内容
                1.耕地保有量落实(12分)。全面完成耕地保有量目标任务。(考核单位:县自然资源局)
                2.违法占地整改(8分)
                整改完成率达到100%。(考核单位:县自然资源局)
                """);
        assertThat(tasks(d)).extracting(ParsedTask::title).containsExactly("耕地保有量落实", "违法占地整改(8分)");
    }
}
