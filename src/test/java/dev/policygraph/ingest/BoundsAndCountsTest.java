package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Targets printed with a bound's sign (知晓率≥90%), a bound before a share (不低于35%的行政村…), and counts to draw up or
 * to win (制定…标准1000项, 争创…4项), and 余 after a figure (完成县道改造104余公里: more than it). Our own words.
 */
class BoundsAndCountsTest {

    @Test
    void signsBoundsBeforeASharedAndCountsToDrawUpOrWinAreTargets() {
        ParsedDocument doc = new DocumentParser().parse("plan.txt", """
                某县2024年工作要点
                一、重点工作
                1.推进垃圾分类。达标小区居民垃圾分类知晓率≥90%，投诉率≤5%。
                2.治理农村生活污水。不低于40%的行政村农村生活污水得到有效治理。
                3.完善地方标准。制定农产品地方标准30项。
                4.推进数字改革。争创省级3项数字改革试点。
                5.推进县道改造。全年完成县道改造104余公里。
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.targets()).extracting(ParsedTarget::comparator, ParsedTarget::value, ParsedTarget::unit)
                .contains(
                        tuple(">=", 90.0, "%"),
                        tuple("<=", 5.0, "%"),
                        tuple(">=", 40.0, "%"),
                        tuple("=", 30.0, "项"),
                        tuple("=", 3.0, "项"),
                        tuple(">", 104.0, "公里"));
    }
}
