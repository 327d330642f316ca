package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Responsibility clauses as other plans of the family print them (src/test/resources/family): labelled lead and
 * co units, inline 牵头/配合, a (牵头) mark, labels on lines of their own, and an unbracketed clause ending the task.
 */
class ClauseVariantsTest {

    private static ParsedDocument doc;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = ClauseVariantsTest.class.getResourceAsStream("/family/jinhua-clause-variants.txt")) {
            doc = new DocumentParser().parse("jinhua-clause-variants.txt", in.readAllBytes());
        }
    }

    @Test
    void readsLabelledLeadAndCoUnits() {
        assertTask(0, List.of("金华市教育局"), List.of("金华市发展和改革委员会", "金华市财政局"), false);
    }

    @Test
    void readsInlineLeadAndCooperation() {
        assertTask(1, List.of("金华市教育局"), List.of("金华市市场监督管理局", "金华市民政局"), false);
    }

    @Test
    void readsTheLeadMarkInAResponsibleList() {
        assertTask(2, List.of("金华市教育局"), List.of("金华市人力资源和社会保障局"), false);
    }

    @Test
    void joinsLabelsPrintedOnLinesOfTheirOwn() {
        assertTask(3, List.of("金华市教育局"), List.of("各县(市、区)政府"), false);
    }

    @Test
    void readsAnUnbracketedClauseEndingTheTaskAndTakesItOutOfTheText() {
        assertTask(4, List.of("金华市教育局"), List.of("金华市妇女联合会"), true);
        assertThat(doc.tasks().get(4).text()).doesNotContain("责任单位").endsWith("推动幼儿园与小学双向衔接。");
    }

    @Test
    void readsTheRestOfTheDocument() {
        assertThat(doc.meta().regionName()).isEqualTo("金华市");
        assertThat(doc.tasks()).filteredOn(t -> t.kind().equals("task")).hasSize(5);
        assertThat(doc.tasks()).filteredOn(t -> t.kind().equals("safeguard")).extracting(ParsedTask::title)
                .containsExactly("加强组织领导");
        assertThat(doc.targets()).extracting(ParsedTarget::metric)
                .containsExactly("普惠性幼儿园覆盖率", "新建改扩建公办幼儿园", "培训保教人员");
    }

    @Test
    void aMainResponsibilityVerbAndLabelsOfHostAndCoHostAPersonAfterTheClauseAndAMarkBeforeAUnit() {
        ParsedDocument d = new DocumentParser().parse("school.txt", List.of(new Block.Line("""
                某某中学2025年工作计划
                一、主要工作
                1.规范作业管理。(教务处主责,年级组协同)
                2.健全监测体系。(主办:教科室;协办:信息中心)
                3.抓好教学常规。责任处室:教务处;责任人:王某某
                4.加强安全教育。★政教处牵头,总务处配合
                """)));
        assertThat(d.tasks()).extracting(t -> t.leads().stream().map(UnitRef::name).toList())
                .containsExactly(List.of("教务处"), List.of("教科室"), List.of("教务处"), List.of("政教处"));
        assertThat(d.tasks()).extracting(t -> t.co().stream().map(UnitRef::name).toList())
                .containsExactly(List.of("年级组"), List.of("信息中心"), List.of(), List.of("总务处"));
    }

    @Test
    void anItemOpeningWithItsBodiesAndAVerbLeftOnAUnitAndAnotherNameInBrackets() {
        ParsedDocument d = new DocumentParser().parse("zone.txt", List.of(new Block.Line("""
                某某区校园周边交通整治工作方案
                一、工作内容
                1.区交通运输局、区公安分局负责整治校车和接送车辆超员行为。
                2.区教育局负责牵头协调,督促各校落实安全教育。
                3.各学校要加强对学生的交通安全教育。
                4.加强道路隐患排查。(区住建局牵头负责;各街道负责配合落实)
                5.健全信息通报机制,定期通报给区社会事业局(教育处)。(区公安分局负责)
                6.区应急管理局,负责排查校车停放场所的安全隐患。
                """)));
        assertThat(d.tasks()).extracting(t -> t.leads().stream().map(UnitRef::name).toList()).containsExactly(
                List.of("区交通运输局"), List.of("区教育局"), List.of(), List.of("区住建局"), List.of("区公安分局"),
                List.of("区应急管理局"));
        assertThat(d.tasks()).extracting(t -> t.co().stream().map(UnitRef::name).toList()).containsExactly(
                List.of("区公安分局"), List.of(), List.of(), List.of("各街道"), List.of(), List.of());
        assertThat(d.tasks()).extracting(ParsedTask::leadByConvention).containsExactly(true, false, false, false, true, true);
        assertThat(d.tasks().get(4).title()).isEqualTo("健全信息通报机制,定期通报给区社会事业局(教育处)");
    }

    @Test
    void thePartOfDutiesGivesEachItemTheBodyOrInstitutionItOpensWith() {
        ParsedDocument d = new DocumentParser().parse("duties.txt", List.of(new Block.Line("""
                某某区儿童青少年近视防控实施方案
                一、工作措施
                (一)开展视力筛查行动。每学期开展视力筛查。
                二、职责分工
                (一)区人社局按照省部署完善校医职称评审政策。
                (二)区卫生健康局:负责组织眼科医生进校园。
                (三)区教育局
                1.加强视力健康管理。
                2.减轻学生学业负担。
                (四)学校
                1.保障学生户外活动时间。
                (五)家庭
                1.控制电子产品使用。
                (六)区财政局全区近视防控专项经费由主管部门纳入预算。
                (七)各街道办事处推动社区家庭教育指导站点建设。
                (八)各地要加强宣传引导。
                """)));
        assertThat(d.tasks()).extracting(ParsedTask::title, t -> t.leads().stream().map(UnitRef::name).toList())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("开展视力筛查行动", List.of()),
                        org.assertj.core.groups.Tuple.tuple("区人社局按照省部署完善校医职称评审政策", List.of("区人社局")),
                        // a body's duty keeps its whole first sentence as its title (blind sets 64 and 68)
                        org.assertj.core.groups.Tuple.tuple("区卫生健康局:负责组织眼科医生进校园", List.of("区卫生健康局")),
                        org.assertj.core.groups.Tuple.tuple("加强视力健康管理", List.of("区教育局")),
                        org.assertj.core.groups.Tuple.tuple("减轻学生学业负担", List.of("区教育局")),
                        org.assertj.core.groups.Tuple.tuple("保障学生户外活动时间", List.of("学校")),
                        org.assertj.core.groups.Tuple.tuple("控制电子产品使用", List.of()),
                        org.assertj.core.groups.Tuple.tuple("区财政局全区近视防控专项经费由主管部门纳入预算", List.of("区财政局")),
                        org.assertj.core.groups.Tuple.tuple("各街道办事处推动社区家庭教育指导站点建设", List.of("各街道办事处")),
                        org.assertj.core.groups.Tuple.tuple("各地要加强宣传引导", List.of()));
    }

    @Test
    void aDutyThatOpensWithAVerbNamesNoBodyAndAPartOfMeasuresToSafeguardClosesThePlan() {
        ParsedDocument d = new DocumentParser().parse("duties2.txt", List.of(new Block.Line("""
                某某区校外培训治理实施方案
                一、部门职责
                (一)区教育局
                1.坚持从严审批机构。不再审批新的学科类校外培训机构。
                2.区市场监管局严格查处培训广告。
                二、措施保障
                1.全面系统部署。各部门要制定具体方案。
                2.保障学校课后服务条件。
                """)));
        assertThat(d.tasks()).extracting(ParsedTask::title, ParsedTask::kind, t -> t.leads().stream().map(UnitRef::name).toList())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("坚持从严审批机构", Kinds.TASK, List.of("区教育局")),
                        org.assertj.core.groups.Tuple.tuple("区市场监管局严格查处培训广告", Kinds.TASK, List.of("区市场监管局")),
                        org.assertj.core.groups.Tuple.tuple("全面系统部署", Kinds.SAFEGUARD, List.of()),
                        org.assertj.core.groups.Tuple.tuple("保障学校课后服务条件", Kinds.SAFEGUARD, List.of()));
    }

    @Test
    void inADivisionOfWorkTheBodiesLaterSentencesGiveDutiesToShareTheMeasure() {
        String plan = """
                某某区建材市场专项整治方案
                一、%s
                (一)区市场监管局牵头价格垄断调查工作。区市场监管局负责调查涉嫌垄断行为。区国资集团、城投集团,负责统计采购数据。区税务局负责核查企业纳税情况,并通报区审计局。
                (二)区公安局牵头涉黑线索核查工作。
                """;
        ParsedDocument duties = new DocumentParser().parse("duties3.txt", List.of(new Block.Line(plan.formatted("责任分工"))));
        assertThat(duties.tasks().get(0).leads()).extracting(UnitRef::name).containsExactly("区市场监管局");
        assertThat(duties.tasks().get(0).co()).extracting(UnitRef::name).containsExactly("区国资集团", "城投集团", "区税务局");
        assertThat(duties.tasks().get(1).co()).isEmpty();
        // outside a part of duties such sentences stay mentions
        ParsedDocument measures = new DocumentParser().parse("measures3.txt", List.of(new Block.Line(plan.formatted("重点任务"))));
        assertThat(measures.tasks().get(0).co()).isEmpty();
    }

    @Test
    void aHeadingJoinedToItsParagraphByASpaceIsALineOfItsOwn() {
        ParsedDocument d = new DocumentParser().parse("joined.txt", List.of(new Block.Line("""
                某某县国土资源局纠风工作任务分解
                一、坚决纠正违规用地问题 严厉查处违规用地、闲置浪费土地行为。(牵头单位:监察大队,参加单位:地籍股)
                二、坚决纠正违规征迁问题 全面推广和谐征迁工作法,依法依规征迁。(牵头单位:征地办)
                """)));
        assertThat(d.tasks()).extracting(ParsedTask::title).containsExactly("坚决纠正违规用地问题", "坚决纠正违规征迁问题");
        assertThat(d.tasks().get(0).leads()).extracting(UnitRef::name).containsExactly("监察大队");
        assertThat(d.tasks().get(0).co()).extracting(UnitRef::name).containsExactly("地籍股");
    }

    @Test
    void aDivisionOfWorkWhosePartsOpenWithTheirBodies() {
        ParsedDocument d = new DocumentParser().parse("division.txt", List.of(new Block.Line("""
                某某市2025年民生实事项目实施方案
                一、目标任务
                1.建设15分钟健身圈。具体分工:市体育局负责场地规划,各区政府、市城管局负责建设。
                """)));
        assertThat(d.tasks().get(0).leads()).extracting(UnitRef::name).containsExactly("市体育局");
        assertThat(d.tasks().get(0).co()).extracting(UnitRef::name).containsExactly("各区政府", "市城管局");
        assertThat(d.tasks().get(0).leadByConvention()).isTrue();
    }

    @Test
    void aResponsibleListEndingInByTheirDutiesAndANoteThatNoMoreDivisionFollows() {
        ParsedDocument d = new DocumentParser().parse("duties4.txt", List.of(new Block.Line("""
                某省物流体系建设实施方案
                一、深化改革
                (一)加强市场建设。推进统一市场建设。〔责任单位:省发展改革委、省商务厅、省数据中心按职责分工负责。具体任务均涉及各市人民政府,不再做分工,下同。〕
                (二)优化准入环境。推进证照分离。〔责任单位:省市场监管局〕
                """)));
        assertThat(d.tasks().get(0).leads()).extracting(UnitRef::name).containsExactly("省发展改革委");
        assertThat(d.tasks().get(0).co()).extracting(UnitRef::name).containsExactly("省商务厅", "省数据中心");
        assertThat(d.tasks().get(0).leadByConvention()).isTrue();
        assertThat(d.tasks().get(1).leads()).extracting(UnitRef::name).containsExactly("省市场监管局");
    }

    private static void assertTask(int index, List<String> leads, List<String> co, boolean byConvention) {
        ParsedTask t = doc.tasks().get(index);
        assertThat(t.number()).isEqualTo(String.valueOf(index + 1));
        assertThat(t.leads()).extracting(UnitRef::canonical).containsExactlyElementsOf(leads);
        assertThat(t.co()).extracting(UnitRef::canonical).containsExactlyElementsOf(co);
        assertThat(t.leadByConvention()).isEqualTo(byConvention);
    }

    @org.junit.jupiter.api.Test
    void aSubMeasureOpeningWithItsOwnBodiesAddsThemToTheMeasuresOwners() {
        ParsedDocument d = new DocumentParser().parse("plan.txt", java.util.List.of(new Block.Line("""
                某某省治理餐桌污染工作方案
                一、重点工作
                (一)由省经贸委负责,省农业厅、省环保局、某某检验检疫局配合,加快省级无公害畜禽基地建设。某某检验检疫局负责,省农业厅配合,强化对出口备案基地的监管。
                (二)由省农业厅负责,省质监局配合,开展农药市场专项整治。
                """)));
        ParsedTask first = d.tasks().get(0);
        org.assertj.core.api.Assertions.assertThat(first.leads()).extracting(UnitRef::name).containsExactly("省经贸委", "某某检验检疫局");
        org.assertj.core.api.Assertions.assertThat(first.co()).extracting(UnitRef::name).containsExactly("省农业厅", "省环保局");
    }
}
