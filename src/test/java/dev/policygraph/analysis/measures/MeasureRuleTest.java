package dev.policygraph.analysis.measures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.analysis.similarity.PairKind;
import dev.policygraph.analysis.similarity.SimilarPair;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reciprocal best matches, and measures as components of strong links only. */
class MeasureRuleTest {

    /** Task ids are document/number, so the document of a task is the part before the slash. */
    private static String documentOf(String task) {
        return task.substring(0, task.indexOf('/'));
    }

    private static SimilarPair overlap(String a, String b, double score) {
        return new SimilarPair(a, b, PairKind.OVERLAP, score);
    }

    private static SimilarPair duplicate(String a, String b) {
        return new SimilarPair(a, b, PairKind.DUPLICATE, 1.0);
    }

    private static Map<String, Boolean> reciprocal(List<SimilarPair> pairs) {
        Map<String, Boolean> out = new java.util.TreeMap<>();
        MeasureRule.links(pairs, MeasureRuleTest::documentOf).forEach(l -> out.put(l.a() + "~" + l.b(), l.reciprocal()));
        return out;
    }

    @Test
    void anOverlapIsReciprocalWhenEachTaskIsTheOthersBestMatchInTheOthersDocument() {
        List<SimilarPair> pairs = List.of(overlap("A/1", "B/1", 0.30), overlap("A/2", "B/1", 0.20),
                overlap("A/2", "B/2", 0.15), overlap("A/3", "C/1", 0.10));
        // A/2's best match in B is B/1, which prefers A/1: A/2 and B/2 are not each other's counterparts either
        assertThat(reciprocal(pairs)).isEqualTo(Map.of("A/1~B/1", true, "A/2~B/1", false, "A/2~B/2", false,
                "A/3~C/1", true));
    }

    @Test
    void tiesGoToTheSmallerIdAndPairsInsideOneDocumentAreNotReciprocal() {
        List<SimilarPair> pairs = List.of(overlap("A/1", "B/1", 0.2), overlap("A/1", "B/2", 0.2),
                overlap("A/1", "A/2", 0.6));
        assertThat(reciprocal(pairs)).containsEntry("A/1~B/1", true).containsEntry("A/1~B/2", false)
                .containsEntry("A/1~A/2", false);
    }

    @Test
    void pairsOfTasksWithoutAKnownDocumentAreLeftOut() {
        List<Link> links = MeasureRule.links(List.of(overlap("A/1", "B/1", 0.3), overlap("A/1", "gone", 0.5)),
                t -> t.equals("gone") ? null : documentOf(t));
        assertThat(links).extracting(Link::b).containsExactly("B/1");
        assertThat(links.get(0).reciprocal()).isTrue();
    }

    @Test
    void overlapsThatAreNotReciprocalDoNotChainMeasuresTogether() {
        // pre-school in A, B, C; B/1 also overlaps D/1 (teachers) weakly, and D/1's best match in B is B/2 (teachers)
        List<SimilarPair> pairs = List.of(
                overlap("A/1", "B/1", 0.25), overlap("B/1", "C/1", 0.20), overlap("A/1", "C/1", 0.18),
                overlap("B/1", "D/1", 0.10), overlap("B/2", "D/1", 0.30), overlap("C/1", "D/1", 0.09),
                overlap("C/1", "D/2", 0.12));
        List<Link> links = MeasureRule.links(pairs, MeasureRuleTest::documentOf);
        List<MeasureGroup> groups = MeasureRule.group(links);
        assertThat(groups).extracting(MeasureGroup::tasks).containsExactly(
                List.of("A/1", "B/1", "C/1", "D/2"), List.of("B/2", "D/1"));
        // all pairs as edges would have made one component of six tasks
        List<Link> everything = links.stream().map(l -> new Link(l.a(), l.b(), l.aDocument(), l.bDocument(),
                l.score(), l.kind(), true)).toList();
        assertThat(components(everything)).singleElement().satisfies(g -> assertThat(g).hasSize(6));
    }

    @Test
    void aReciprocalOverlapDoesNotJoinTwoGroupsThatHoldTasksOfOnePlan() {
        // B has two tasks, each the counterpart of another plan's task; A/1 and C/1 are counterparts too
        List<Link> links = List.of(link("A/1", "B/1", 0.30), link("B/2", "C/1", 0.28), link("A/1", "C/1", 0.20));
        assertThat(MeasureRule.group(links)).extracting(MeasureGroup::tasks)
                .containsExactly(List.of("A/1", "B/1"), List.of("B/2", "C/1"));
        assertThat(components(links)).singleElement().satisfies(g -> assertThat(g).hasSize(4));
        // the strongest overlap wins whatever the order of the links
        List<Link> reversed = new ArrayList<>(links);
        Collections.reverse(reversed);
        assertThat(MeasureRule.group(reversed)).isEqualTo(MeasureRule.group(links));
        // a duplicate binds first (the same task restated), then B's stronger counterpart joins and B/2 stays out
        List<Link> restated = List.of(links.get(0), links.get(1), new Link("A/1", "C/1", "A", "C", 1.0,
                PairKind.DUPLICATE, true));
        assertThat(MeasureRule.group(restated)).singleElement()
                .satisfies(g -> assertThat(g.tasks()).containsExactly("A/1", "B/1", "C/1"));
        // inside one plan, a link binds whatever the groups hold
        List<Link> inside = List.of(links.get(0), links.get(1), new Link("B/1", "B/2", "B", "B", 0.6,
                PairKind.OVERLAP, false));
        assertThat(MeasureRule.group(inside)).singleElement()
                .satisfies(g -> assertThat(g.tasks()).containsExactly("A/1", "B/1", "B/2", "C/1"));
    }

    private static Link link(String a, String b, double score) {
        return new Link(a, b, documentOf(a), documentOf(b), score, PairKind.OVERLAP, true);
    }

    /** Connected components of all the links: what chaining similar pairs gives (the baseline of the rule). */
    static List<java.util.Set<String>> components(List<Link> links) {
        Map<String, java.util.Set<String>> groupOf = new java.util.HashMap<>();
        for (Link l : links) {
            java.util.Set<String> ga = groupOf.computeIfAbsent(l.a(), k -> new java.util.TreeSet<>(List.of(k)));
            java.util.Set<String> gb = groupOf.computeIfAbsent(l.b(), k -> new java.util.TreeSet<>(List.of(k)));
            if (ga != gb) {
                ga.addAll(gb);
                gb.forEach(t -> groupOf.put(t, ga));
            }
        }
        return groupOf.values().stream().distinct().toList();
    }

    @Test
    void duplicatesAndPairsInsideOneDocumentAlwaysHoldAMeasureTogether() {
        List<SimilarPair> pairs = List.of(duplicate("A/1", "B/1"), duplicate("A/1", "C/1"),
                overlap("C/1", "C/2", 0.6), overlap("A/9", "B/9", 0.3), overlap("A/8", "B/9", 0.5));
        List<MeasureGroup> groups = MeasureRule.group(MeasureRule.links(pairs, MeasureRuleTest::documentOf));
        assertThat(groups).extracting(MeasureGroup::id, MeasureGroup::tasks, MeasureGroup::kind,
                        MeasureGroup::documentCount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("measure:A/1", List.of("A/1", "B/1", "C/1", "C/2"),
                                PairKind.OVERLAP, 3),
                        org.assertj.core.groups.Tuple.tuple("measure:A/8", List.of("A/8", "B/9"), PairKind.OVERLAP,
                                2));
        assertThat(MeasureRule.group(MeasureRule.links(List.of(duplicate("A/1", "B/1"), duplicate("B/1", "C/1")),
                MeasureRuleTest::documentOf))).singleElement().satisfies(g -> {
                    assertThat(g.kind()).isEqualTo(PairKind.DUPLICATE);
                    assertThat(g.tasks()).containsExactly("A/1", "B/1", "C/1");
                });
    }

    @Test
    void theGroupsDoNotDependOnTheOrderOfTheLinks() {
        List<SimilarPair> pairs = new ArrayList<>();
        Random random = new Random(8);
        for (int i = 0; i < 300; i++) {
            String a = "D" + random.nextInt(12) + "/" + random.nextInt(6);
            String b = "D" + random.nextInt(12) + "/" + random.nextInt(6);
            if (!a.equals(b)) {
                pairs.add(random.nextInt(10) == 0 ? duplicate(min(a, b), max(a, b))
                        : overlap(min(a, b), max(a, b), 0.09 + random.nextInt(30) / 100.0));
            }
        }
        List<SimilarPair> distinct = new ArrayList<>(pairs.stream().collect(java.util.stream.Collectors.toMap(
                p -> p.a() + p.b(), p -> p, (x, y) -> x, java.util.LinkedHashMap::new)).values());
        List<MeasureGroup> expected = MeasureRule.group(MeasureRule.links(distinct, MeasureRuleTest::documentOf));
        assertThat(expected).isNotEmpty();
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(distinct, random);
            assertThat(MeasureRule.group(MeasureRule.links(distinct, MeasureRuleTest::documentOf)))
                    .isEqualTo(expected);
        }
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) <= 0 ? b : a;
    }
}
