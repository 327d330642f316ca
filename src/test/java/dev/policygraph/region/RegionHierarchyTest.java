package dev.policygraph.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionHierarchyTest {

    private final RegionHierarchy regions = RegionHierarchy.standard();

    @Test
    void theRegionsOfTheSeedPlansNestUpToTheCountry() {
        assertThat(regions.chain("重庆市南岸区")).containsExactly("南岸区", "重庆市", "全国");
        assertThat(regions.chain("衢州市")).containsExactly("衢州市", "浙江省", "全国");
        assertThat(regions.chain("攀枝花市")).containsExactly("攀枝花市", "四川省", "全国");
        assertThat(regions.chain("保山市")).containsExactly("保山市", "云南省", "全国");
        assertThat(regions.chain("浙江省衢州市柯城区")).containsExactly("柯城区", "衢州市", "浙江省", "全国");
        assertThat(regions.chain("全国")).containsExactly("全国");
    }

    @Test
    void containmentFollowsTheChain() {
        assertThat(regions.contains("重庆市", "重庆市南岸区")).isTrue();
        assertThat(regions.contains("浙江省", "衢州市")).isTrue();
        assertThat(regions.contains("全国", "衢州市柯城区")).isTrue();
        assertThat(regions.contains("衢州市", "衢州市")).isTrue();
        assertThat(regions.contains("浙江省", "重庆市南岸区")).isFalse();
        assertThat(regions.contains("衢州市", "浙江省")).isFalse();
        assertThat(regions.contains("浙江省", "没有这个市")).isFalse();
    }

    @Test
    void shortNamesOfProvincesAndPrefecturesResolve() {
        assertThat(regions.resolve("浙江")).map(Division::name).hasValue("浙江省");
        assertThat(regions.resolve("衢州")).map(Division::name).hasValue("衢州市");
        assertThat(regions.resolve("新疆")).map(Division::name).hasValue("新疆维吾尔自治区");
        assertThat(regions.resolve(" 重庆市 南岸区 ")).map(Division::code).hasValue("500108");
    }

    @Test
    void aCountyNameThatRepeatsResolvesOnlyWithinItsCityOrWhenQualified() {
        assertThat(regions.find("朝阳区")).hasSize(2);
        assertThat(regions.resolve("朝阳区")).isEmpty();
        Division beijing = regions.resolve("北京市").orElseThrow();
        assertThat(regions.resolve("朝阳区", beijing)).map(Division::code).hasValue("110105");
        assertThat(regions.resolve("长春市朝阳区")).map(Division::code).hasValue("220104");
        assertThat(regions.resolve("吉林省朝阳区")).map(Division::code).hasValue("220104");
    }

    @Test
    void countiesGovernedByTheirProvinceAndMunicipalDistrictsLieInTheProvince() {
        assertThat(regions.chain("济源市")).containsExactly("济源市", "河南省", "全国");
        assertThat(regions.chain("北京市朝阳区")).containsExactly("朝阳区", "北京市", "全国");
        assertThat(regions.qualifiedName(regions.resolve("重庆市南岸区").orElseThrow())).isEqualTo("重庆市南岸区");
        assertThat(regions.qualifiedName(regions.resolve("柯城区").orElseThrow())).isEqualTo("浙江省衢州市柯城区");
    }

    @Test
    void theTableCoversEveryProvinceAndPrefecture() {
        List<Division> all = regions.divisions();
        assertThat(all.stream().filter(d -> d.level() == RegionLevel.PROVINCE)).hasSize(34);
        assertThat(all.stream().filter(d -> d.level() == RegionLevel.PREFECTURE)).hasSize(333);
        assertThat(all.stream().filter(d -> d.level() == RegionLevel.COUNTY).count()).isGreaterThan(2800);
        for (Division d : all) {
            List<Division> chain = regions.chain(d);
            assertThat(chain.get(chain.size() - 1)).isEqualTo(regions.country());
            assertThat(chain).hasSizeLessThanOrEqualTo(4);
            if (d.level() == RegionLevel.PREFECTURE) {
                assertThat(regions.parent(d).orElseThrow().level()).isEqualTo(RegionLevel.PROVINCE);
            }
        }
    }

    @Test
    void aBrokenTableIsRefusedWithTheLine() {
        assertThatThrownBy(() -> RegionHierarchy.parse(List.of("0\t全国\t\tcountry", "33\t浙江省\t0")))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> RegionHierarchy.parse(List.of("0\t全国\t\tcountry", "3308\t衢州市\t33\tprefecture")))
                .hasMessageContaining("unknown 33");
    }
}
