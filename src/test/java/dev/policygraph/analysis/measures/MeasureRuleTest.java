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
    void duplicatesAcrossPlansDoNotChainTwoTasksOfOnePlanIntoOneMeasure() {
        // X/1 restated in Y, Y's wording restated in Z as its task 2, and Z/2 restated in X as X's other task 2:
        // nothing in X links X/1 and X/2, so they are not one measure however the duplicates chain
        List<Link> chain = List.of(duplicate("X/1", "Y/1", 0.98), duplicate("Y/1", "Z/2", 0.95),
                duplicate("X/2", "Z/2", 0.93));
        assertThat(MeasureRule.group(chain)).singleElement().satisfies(g -> {
            assertThat(g.tasks()).containsExactly("X/1", "Y/1", "Z/2");
            assertThat(g.kind()).isEqualTo(PairKind.DUPLICATE);
        });
        // the old rule (every duplicate binds) made one measure of all four, as the connected components do
        assertThat(components(chain)).singleElement().satisfies(g -> assertThat(g).hasSize(4));
        // the same when X/1 and Y/1 stand as a measure and Z is written next
        MeasureGroup standing = new MeasureGroup("measure:X/1", PairKind.DUPLICATE, List.of("X/1", "Y/1"), 2);
        assertThat(MeasureRule.group(chain.subList(1, 3), List.of(standing), MeasureRuleTest::documentOf))
                .isEqualTo(MeasureRule.group(chain));
        // or when X is written last, into the measure of Y/1 and Z/2
        MeasureGroup yz = new MeasureGroup("measure:Y/1", PairKind.DUPLICATE, List.of("Y/1", "Z/2"), 2);
        assertThat(MeasureRule.group(List.of(chain.get(0), chain.get(2)), List.of(yz), MeasureRuleTest::documentOf))
                .isEqualTo(MeasureRule.group(chain));
        // a link inside X binds its two tasks: then X commits to one measure with both
        List<Link> linked = new ArrayList<>(chain);
        linked.add(new Link("X/1", "X/2", "X", "X", 0.5, PairKind.OVERLAP, false));
        assertThat(MeasureRule.group(linked)).singleElement()
                .satisfies(g -> assertThat(g.tasks()).containsExactly("X/1", "X/2", "Y/1", "Z/2"));
    }

    private static Link duplicate(String a, String b, double score) {
        return new Link(a, b, documentOf(a), documentOf(b), score, PairKind.DUPLICATE, true);
    }

    @Test
    void pairsInsideOneDocumentAndDuplicatesAcrossPlansHoldAMeasureTogether() {
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

    @Test
    void aLinkIsKeptWhenItIsAmongTheFirstLinksOfEitherOfItsTasks() {
        int k = MeasureRule.LINKS_PER_TASK;
        // H/1 is similar to one task in each of k + 2 plans, weaker and weaker; the two weakest of those tasks have k
        // stronger links each (to tasks with no other link), so for the two links neither side counts them first
        List<Link> links = new ArrayList<>();
        for (int i = 1; i <= k + 2; i++) {
            links.add(weak("H/1", "S" + i + "/1", 0.5 - i / 100.0));
        }
        for (int i = k + 1; i <= k + 2; i++) {
            for (int j = 1; j <= k; j++) {
                links.add(weak("S" + i + "/1", "Z" + i + "x" + j + "/1", 0.9));
            }
        }
        List<Link> kept = MeasureRule.kept(links, List.of());
        assertThat(kept).hasSize(links.size() - 2)
                .doesNotContain(links.get(k), links.get(k + 1)).contains(links.get(k - 1));
        // a strong link comes first for both its tasks, however weak its score
        List<Link> strong = new ArrayList<>(links);
        Link reciprocal = new Link("H/1", "S" + (k + 2) + "/1", "H", "S" + (k + 2), 0.3, PairKind.OVERLAP, true);
        strong.set(k + 1, reciprocal);
        assertThat(MeasureRule.kept(strong, List.of())).contains(reciprocal).doesNotContain(links.get(k));
        // ranked with stored links: H/1 has k stored links stronger than a new one to X/1
        List<Link> stored = new ArrayList<>(links.subList(0, k));
        Link toX = weak("H/1", "X/1", 0.1);
        assertThat(MeasureRule.kept(List.of(toX), stored)).containsExactly(toX); // X/1's first link
        for (int j = 1; j <= k; j++) {
            stored.add(weak("X/1", "Y" + j + "/1", 0.8));
        }
        assertThat(MeasureRule.kept(List.of(toX), stored)).isEmpty(); // first of neither
        Link strongerToX = weak("H/1", "X/1", 0.9);
        assertThat(MeasureRule.kept(List.of(strongerToX), stored)).containsExactly(strongerToX); // H/1's first
    }

    @Test
    void overlapsAndDuplicatesAcrossPlansDoNotGrowAMeasureBeyondTheirCapsButLinksInsideOnePlanDo() {
        int cap = MeasureRule.MAX_OVERLAP_JOIN;
        // reciprocal overlaps chain one task of each of cap + 10 plans, the strongest at the start of the chain
        List<Link> chain = new ArrayList<>();
        for (int i = 0; i < cap + 9; i++) {
            chain.add(link("P" + i + "/1", "P" + (i + 1) + "/1", 0.9 - i * 0.001));
        }
        assertThat(MeasureRule.group(chain)).extracting(g -> g.tasks().size()).containsExactlyInAnyOrder(cap, 10);
        // restated, the same chain stays whole: duplicates gather more than overlaps
        List<Link> restated = chain.stream().map(l -> new Link(l.a(), l.b(), l.aDocument(), l.bDocument(), 1.0,
                PairKind.DUPLICATE, false)).toList();
        assertThat(MeasureRule.group(restated)).singleElement().satisfies(g -> assertThat(g.tasks()).hasSize(cap + 10));
        // but not without bound: duplicates chaining one task of each of MAX_DUPLICATE_JOIN + 10 plans
        int duplicateCap = MeasureRule.MAX_DUPLICATE_JOIN;
        List<Link> longer = new ArrayList<>();
        for (int i = 0; i < duplicateCap + 9; i++) {
            longer.add(duplicate("P" + i + "/1", "P" + (i + 1) + "/1", 0.99 - i * 0.00001));
        }
        assertThat(MeasureRule.group(longer)).extracting(g -> g.tasks().size())
                .containsExactlyInAnyOrder(duplicateCap, 10);
        // links inside one plan bind beyond either cap
        List<Link> inside = new ArrayList<>();
        for (int i = 0; i < duplicateCap + 9; i++) {
            inside.add(new Link("P/" + i, "P/" + (i + 1), "P", "P", 0.9, PairKind.OVERLAP, false));
        }
        assertThat(MeasureRule.group(inside)).singleElement()
                .satisfies(g -> assertThat(g.tasks()).hasSize(duplicateCap + 10));
    }

    @Test
    void newLinksJoinTheMeasuresThatStandWithoutTakingThemApart() {
        // A/1 and B/1 stand as a measure (grouped before); C/1's reciprocal overlap with B/1 joins it, C/2's with A/1
        // does not (C is in the measure by then); D/1 and D/2 are a new measure of their own
        MeasureGroup standing = new MeasureGroup("measure:A/1", PairKind.OVERLAP, List.of("A/1", "B/1"), 2);
        List<Link> links = List.of(link("B/1", "C/1", 0.3), link("A/1", "C/2", 0.2), link("D/1", "E/1", 0.4));
        assertThat(MeasureRule.group(links, List.of(standing), MeasureRuleTest::documentOf))
                .extracting(MeasureGroup::id, MeasureGroup::tasks, MeasureGroup::documentCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("measure:A/1", List.of("A/1", "B/1", "C/1"), 3),
                        org.assertj.core.groups.Tuple.tuple("measure:D/1", List.of("D/1", "E/1"), 2));
        // a measure no link reaches comes back as it was, kind included
        MeasureGroup restated = new MeasureGroup("measure:F/1", PairKind.DUPLICATE, List.of("F/1", "G/1"), 2);
        assertThat(MeasureRule.group(List.of(), List.of(standing, restated), MeasureRuleTest::documentOf))
                .containsExactly(standing, restated);
    }

    /** An overlap across documents that is not a reciprocal best match. */
    private static Link weak(String a, String b, double score) {
        return new Link(a, b, documentOf(a), documentOf(b), score, PairKind.OVERLAP, false);
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) <= 0 ? b : a;
    }
}
