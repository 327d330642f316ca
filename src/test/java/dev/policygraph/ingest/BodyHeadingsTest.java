package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan that lists each body's measures under a heading that is the body's name (（二十）市交通局 over 1、… 2、…), also
 * where the page does not reach the part that calls them duties; a heading that only ends like a body's name (…开发格局)
 * names none. Our own words.
 */
class BodyHeadingsTest {

    @Test
    void aHeadingThatIsABodysNameOwnsTheItemsBeneathIt() {
        ParsedDocument doc = new DocumentParser().parse("plan.txt", """
                某市创建旅游城市工作方案
                （二十）市交通局
                1、开通旅游景区交通专线，规范旅游观光巴士运营管理。
                2、在通往主要景区的道路设置规范的交通标志。
                （二十一）市财政局
                1、制定支持旅游业发展的财政投入政策。
                （二十二）优化国土空间开发格局
                1、严格按照城市总体规划审定景区项目选址。
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.tasks()).extracting(ParsedTask::title, t -> t.leads().stream().map(UnitRef::name).toList())
                .containsExactly(
                        tuple("开通旅游景区交通专线,规范旅游观光巴士运营管理", List.of("市交通局")),
                        tuple("在通往主要景区的道路设置规范的交通标志", List.of("市交通局")),
                        tuple("制定支持旅游业发展的财政投入政策", List.of("市财政局")),
                        tuple("严格按照城市总体规划审定景区项目选址", List.of()));
    }
}
