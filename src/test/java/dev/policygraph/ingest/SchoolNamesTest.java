package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Named schools against generic ones, and a town below a county-level city. */
class SchoolNamesTest {

    private static final Region JILIN = Regions.of("吉林省教育厅");
    private static final Region SHANGYOU = Regions.of("上犹县人民政府办公室");

    @Test
    void aSchoolOfAnotherCityIsNamedWithItsGenericWords() {
        assertThat(Schools.find("支持长春汽车工业高等专科学校牵头组建共同体。", JILIN))
                .containsExactly("长春汽车工业高等专科学校");
        assertThat(Schools.find("依托绍兴市第一中学、上虞区春晖中学建设基地。", Regions.of("绍兴市教育局")))
                .containsExactly("绍兴市第一中学", "上虞区春晖中学");
        assertThat(Schools.find("推动宿迁市泗阳中等专业学校与本地产业共建。", Regions.of("宿迁市教育局")))
                .containsExactly("宿迁市泗阳中等专业学校");
    }

    @Test
    void aPlaceNameBeforeMiddleSchoolIsASchoolButTheCountysMiddleSchoolsAreNot() {
        assertThat(Schools.find("新建智慧教室80间,依托上犹中学、上犹县第二中学开展教研。", SHANGYOU))
                .containsExactly("上犹中学", "上犹县第二中学");
        assertThat(Schools.find("推进上犹县中学建设。", SHANGYOU)).isEmpty();
    }

    @Test
    void ruralAndCountyTownSchoolsAreCategories() {
        assertThat(Schools.find("提升乡村学校和县城学校教育质量。", SHANGYOU)).isEmpty();
        assertThat(Schools.find("通过公开招聘等渠道为乡村学校补充教师。", SHANGYOU)).isEmpty();
        assertThat(Schools.find("推进吉林省高等学校建设。", JILIN)).isEmpty();
        assertThat(Schools.find("支持湖南开放大学建设老年开放大学。", Regions.of("湖南省人民政府办公厅")))
                .containsExactly("湖南开放大学");
    }

    @Test
    void aTownOfACountyLevelCityIsTheRegion() {
        assertThat(Regions.of("宜兴市丁蜀镇人民政府办公室").name()).isEqualTo("宜兴市丁蜀镇");
        assertThat(Regions.of("宜兴市人民政府").name()).isEqualTo("宜兴市");
    }

    @Test
    void aSchoolBeingBuiltAndAnotherCitysNumberedSchoolByItsBareName() {
        Region district = Regions.of("某某区教育局");
        assertThat(Schools.find("加快建设东湖小学、亳州四中等扩建教学楼项目。", district))
                .containsExactly("东湖小学", "亳州四中");
        assertThat(Schools.find("新建改建学校12所,建设农民田间学校。", district)).isEmpty();
    }

    @Test
    void aTownNamedWithoutItsCountyAndASchoolOfATown() {
        assertThat(Regions.of("青石镇2025年度重点工作计划").name()).isEqualTo("青石镇");
        assertThat(Regions.of("乡镇2025年度考核细则")).isNull();
        assertThat(Regions.of("开原市城东镇中学").name()).isEqualTo("开原市城东镇");
    }

    @Test
    void theSchoolWhosePlanItIsIsASchoolOfThePlan() {
        ParsedDocument d = new DocumentParser().parse("plan.txt", java.util.List.of(new Block.Line("""
                2025-2026学年度上学期工作计划
                来源:某某市青石镇中学 发布时间:2025年07月07日
                一、指导思想
                落实立德树人根本任务。
                二、主要工作
                1.加强教学常规管理,优秀率提升2%。
                """)));
        assertThat(d.schools()).extracting(SchoolRef::name).contains("某某市青石镇中学");
        assertThat(d.meta().region().name()).isEqualTo("某某市青石镇");
    }

    @Test
    void aSchoolsTitlesAndAVerbBeforeSchoolNameNoSchool() {
        Region zaozhuang = Regions.of("枣庄市教育局");
        assertThat(Schools.find("学校先后被评为山东省规范化学校、山东省绿色学校。", zaozhuang)).isEmpty();
        assertThat(Schools.find("制定发展规划,以促进学校工作的开展。", zaozhuang)).isEmpty();
    }

    @Test
    void aCountysVocationalSchoolAndAJuniorMiddleSchoolOfAVillage() {
        Region county = Regions.of("临朐县教育局");
        assertThat(Schools.find("依托县职教中心建设实训基地,其中柳山初中新建食堂。", county))
                .containsExactly("县职教中心", "柳山初中");
        assertThat(Schools.find("学校原名临朐县职业高中。", county)).containsExactly("临朐县职业高中");
        // junior middle schools as a kind: none
        assertThat(Schools.find("推进县域初中提质,农村初中学生全部寄宿。", county)).isEmpty();
    }

    @Test
    void aSchoolMergedIntoAnotherIsNoPartOfItsName() {
        Region city = Regions.of("潍坊市教育局");
        assertThat(Schools.find("2003年,临朐县柳山镇第三中学并入潍坊七中高中部。", city))
                .containsExactly("临朐县柳山镇第三中学", "潍坊七中");
        assertThat(Schools.find("学校先后更名为潍坊市临朐县柳山中学。", city)).containsExactly("潍坊市临朐县柳山中学");
        // a college within a university and a school attached to one keep the whole name
        assertThat(Schools.find("支持潍坊医学院附属中学建设。", city)).containsExactly("潍坊医学院附属中学");
    }

    @Test
    void aSchoolOpeningAProgressReportsClause() {
        Region county = Regions.of("临朐县教育局");
        assertThat(Schools.find("| 柳山学校:主体完工; 东城初中开始铺设跑道。", county))
                .containsExactly("柳山学校", "东城初中");
        assertThat(Schools.find("确保学校:安全稳定", county)).isEmpty();
    }

    @Test
    void aCountysNumberedSchoolGoesByItsBareName() {
        assertThat(Schools.find("完成吉水二中迁建项目和城北学校主体建设。", null)).contains("吉水二中", "城北学校");
    }
    @Test
    void aCountysVocationalSecondarySchoolIsItsOneSchoolOfThatKind() {
        assertThat(Schools.find("推进县职业中专扩容提升,新增学位600个。", SHANGYOU)).containsExactly("县职业中专");
    }
}
