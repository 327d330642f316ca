package dev.policygraph.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Title evidence (Judge.TITLE_SHARE): a district restating a city's measure names it by the city's title and says it
 * in its own words, so the texts share little beyond the field's vocabulary; the titles bring the pair closer. Plans
 * invented for this test.
 */
class TitleEvidenceTest {

    private static final String[][] CITY = {
            {"建设社区嵌入式养老服务设施", "建设社区嵌入式养老服务设施。在老旧小区补建养老服务用房，每个街道至少建成一处综合养老服务中心，"
                    + "为居家老年人提供日间照料、短期托养等服务。"},
            {"发展老年助餐服务", "发展老年助餐服务。依托社区食堂和养老机构设置助餐点，为高龄、独居、失能老年人提供送餐上门服务，"
                    + "对特殊困难老年人给予用餐补贴。"},
            {"加强养老护理队伍建设", "加强养老护理队伍建设。开展养老护理员职业技能培训，落实入职补贴和岗位津贴，提高养老服务从业人员"
                    + "待遇。"},
    };
    private static final String[][] DISTRICT = {
            {"老年助餐服务", "老年助餐服务。各街道统筹辖区餐饮企业和社区养老服务站，按照就近便利的原则布设点位，让辖区老人吃得上、"
                    + "吃得好、吃得放心。"},
            {"推进智慧养老", "推进智慧养老。建设区级养老服务信息平台，为居家老人配置紧急呼叫设备，实现养老服务需求线上申请、"
                    + "线下响应。"},
    };

    private static TaskIndex index(boolean titled) {
        TaskIndex index = new TaskIndex();
        add(index, "city", CITY, titled);
        add(index, "district", DISTRICT, titled);
        return index;
    }

    private static void add(TaskIndex index, String document, String[][] tasks, boolean titled) {
        for (int i = 0; i < tasks.length; i++) {
            index.add(new TaskText(document + "/" + (i + 1), document, titled ? tasks[i][0] : "", tasks[i][1]));
        }
    }

    @Test
    void titlesRaiseTheCosineOnlyWhereTheyAreCloserThanTheTexts() {
        assertThat(Judge.measure(0.05, 0.8)).isCloseTo(0.05 + Judge.TITLE_SHARE * 0.75, org.assertj.core.data.Offset.offset(1e-12));
        // unlike titles never lower two texts alike, and a task without a title of its own is read by its text
        assertThat(Judge.measure(0.3, 0.0)).isEqualTo(0.3);
        assertThat(Judge.measure(0.3, -1)).isEqualTo(0.3);
        assertThat(Judge.measure(0.05, -1)).isEqualTo(0.05);
    }

    @Test
    void aMeasureRestatedUnderItsTitleInOtherWordsIsFoundByItsTitle() {
        PairFeatures titled = index(true).features("district/1", "city/2");
        PairFeatures untitled = index(false).features("district/1", "city/2");
        assertThat(titled.text()).isGreaterThan(untitled.text());

        assertThat(index(true).allPairs()).extracting(SimilarPair::a, SimilarPair::b, SimilarPair::kind)
                .contains(tuple("city/2", "district/1", PairKind.OVERLAP));
        assertThat(index(false).allPairs()).extracting(SimilarPair::a, SimilarPair::b)
                .doesNotContain(tuple("city/2", "district/1"));
    }

    @Test
    void aTitleOnlyTaskIsReadByItsTitleAsBefore() {
        Features f = Features.of("发展老年助餐服务", "");
        assertThat(f.title).isEmpty();
        assertThat(f.grams).isNotEmpty();
        Features g = Features.of("发展老年助餐服务", "发展老年助餐服务。依托社区食堂设置助餐点。");
        assertThat(g.title).hasSize(7);
        for (int p : g.title) {
            assertThat(p).isBetween(0, g.grams.length - 1);
        }
    }

    @Test
    void unlikeTitlesLeaveEveryPairAsTheTextsJudgeIt() {
        TaskIndex titled = new TaskIndex();
        TaskIndex untitled = new TaskIndex();
        String text = "加强养老护理队伍建设。开展养老护理员职业技能培训，落实入职补贴和岗位津贴。";
        titled.add(new TaskText("a/1", "a", "甲", text));
        titled.add(new TaskText("b/1", "b", "乙", text + "提高待遇。"));
        untitled.add(new TaskText("a/1", "a", "", text));
        untitled.add(new TaskText("b/1", "b", "", text + "提高待遇。"));
        List<SimilarPair> a = titled.allPairs();
        List<SimilarPair> b = untitled.allPairs();
        assertThat(a).extracting(SimilarPair::kind, SimilarPair::score)
                .isEqualTo(b.stream().map(p -> tuple(p.kind(), p.score())).toList());
    }
}
