package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lists of units as clauses print them. */
class UnitListsTest {

    @Test
    void aBareNounAfterACollectiveNamesMoreOfIt() {
        assertThat(UnitNames.split("市直有关部门、单位")).containsExactly("市直有关部门、单位");
        assertThat(UnitNames.split("各区市政府、市直有关部门、单位")).containsExactly("各区市政府", "市直有关部门、单位");
    }

    @Test
    void zonesBeforeAZonesBodiesShareThem() {
        assertThat(UnitNames.split("各县(市、区)政府,城乡一体化示范区、高新区党工委和管委会"))
                .containsExactly("各县(市、区)政府", "城乡一体化示范区、高新区党工委和管委会");
        assertThat(UnitNames.split("高新区、市发改委")).containsExactly("高新区", "市发改委");
        assertThat(UnitNames.split("经开区管委会、高新区管委会")).containsExactly("经开区管委会", "高新区管委会");
    }

    @Test
    void townsBeforeACountysBodyAreACollectiveOfTheirOwnWhereLevelsAlikeShareTheBody() {
        assertThat(UnitNames.split("各乡镇、县卫健委")).containsExactly("各乡镇", "县卫健委");
        assertThat(UnitNames.split("各街道、区城管局")).containsExactly("各街道", "区城管局");
        assertThat(UnitNames.split("各区、县教育局")).containsExactly("各区、县教育局");
        assertThat(UnitNames.split("各省、自治区、直辖市人民政府")).containsExactly("各省、自治区、直辖市人民政府");
    }

    @Test
    void aGovernmentsDepartmentsAndItsDirectBodiesAreOneCollective() {
        assertThat(UnitNames.split("省政府各部门、各直属机构")).containsExactly("省政府各部门、各直属机构");
        assertThat(UnitNames.split("县卫健委、县政府有关部门、有关直属单位"))
                .containsExactly("县卫健委", "县政府有关部门、有关直属单位");
        // a body's own direct unit stays a unit
        assertThat(UnitNames.split("市教育局、市直属学校")).containsExactly("市教育局", "市直属学校");
    }

    @Test
    void namedPlacesSharingTheBodyAfterTheLastAreOneUnitAsPrinted() {
        assertThat(UnitNames.split("市国土局,马尾区、闽侯县人民政府")).containsExactly("市国土局", "马尾区、闽侯县人民政府");
        assertThat(UnitNames.split("市生态环境局、召陵区、源汇区、郾城区人民政府"))
                .containsExactly("市生态环境局", "召陵区、源汇区、郾城区人民政府");
        // a place with a body of its own and the next body are two units
        assertThat(UnitNames.split("马尾区人民政府、闽侯县人民政府")).containsExactly("马尾区人民政府", "闽侯县人民政府");
        // places that share no body stay apart
        assertThat(UnitNames.split("马尾区、闽侯县、市国土局")).containsExactly("马尾区", "闽侯县", "市国土局");
        // a zone or a generic place is no named place
        assertThat(UnitNames.split("市发改委、高新区、某某县人民政府")).containsExactly("市发改委", "高新区", "某某县人民政府");
    }

    @org.junit.jupiter.api.Test
    void townsAndZonesGluedAfterABodyAreUnitsOfTheirOwn() {
        assertThat(UnitNames.split("区文体局瓜沥镇临浦镇")).containsExactly("区文体局", "瓜沥镇", "临浦镇");
        assertThat(UnitNames.split("区委宣传部某某国家旅游度假区蜀山街道")).containsExactly("区委宣传部", "某某国家旅游度假区", "蜀山街道");
        assertThat(UnitNames.split("区政府办新区街道")).containsExactly("区政府办", "新区街道");
        // one body's name stays whole
        assertThat(UnitNames.split("经济开发区管委会")).containsExactly("经济开发区管委会");
        assertThat(UnitNames.split("杭州市萧山区临浦镇")).containsExactly("杭州市萧山区临浦镇");
        assertThat(UnitNames.split("临浦镇人民政府")).containsExactly("临浦镇人民政府");
    }

    @org.junit.jupiter.api.Test
    void aBureausSectionGluedToTheBodyAfterItIsTwoUnitsAndACompanyStaysOne() {
        assertThat(UnitNames.split("文化宣传股文化馆")).containsExactly("文化宣传股", "文化馆");
        assertThat(UnitNames.split("某某股份有限公司")).containsExactly("某某股份有限公司");
        assertThat(UnitNames.split("某某控股有限公司")).containsExactly("某某控股有限公司");
    }

    @org.junit.jupiter.api.Test
    void aPhraseOpeningWithWithinTheRegionNamesNoUnit() {
        assertThat(UnitNames.named("区域内职业学校")).isFalse();
        assertThat(UnitNames.named("辖区内医疗机构")).isFalse();
        assertThat(UnitNames.named("区职业学校")).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aDesignationAPlaceEarnsNamesNoUnit() {
        assertThat(UnitNames.named("现代化美丽城镇")).isFalse();
        assertThat(UnitNames.named("省级慢性病综合防控示范区")).isFalse();
        assertThat(UnitNames.named("城关镇")).isTrue();
    }
}
