package dev.policygraph.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.policygraph.GraphTestSupport;
import dev.policygraph.analysis.measures.Link;
import dev.policygraph.analysis.measures.MeasureGroup;
import dev.policygraph.analysis.measures.MeasureRule;
import dev.policygraph.analysis.similarity.PairKind;
import dev.policygraph.analysis.similarity.TaskIndex;
import dev.policygraph.analysis.similarity.TaskText;
import dev.policygraph.graph.TaskKind;
import dev.policygraph.persistence.GraphQueries;
import dev.policygraph.persistence.GraphWriter;
import dev.policygraph.persistence.ReadQuery;
import dev.policygraph.persistence.TestGraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SAME_MEASURE links and measures follow the documents: written with the seeds, recomputed when a document is
 * ingested, replaced or deleted, and always what the similarity engine and the measure rule give for the stored tasks
 * computed from scratch.
 */
class SameMeasureTest extends GraphTestSupport {

    static final String KECHENG = "zz-kecheng-preschool";
    static final String QUZHOU_TASK = DOC_003 + "/二、(二)/4";

    @Autowired
    DocumentLoader loader;
    @Autowired
    GraphWriter writer;
    @Autowired
    TestGraph graph;
    @Autowired
    GraphQueries queries;
    @Autowired
    SimilarTasks similar;
    @Autowired
    dev.policygraph.analysis.DuplicateDocuments duplicates;
    @Autowired
    dev.policygraph.persistence.GraphReader reader;
    @Autowired
    java.time.Clock clock;

    record StoredLink(String a, String b, String kind, double score, boolean reciprocal) {
    }

    record StoredMeasure(String id, String kind, long taskCount, long documentCount, List<String> tasks) {
    }

    record RegionLink(String document, @Nullable String region, @Nullable String name) {
    }

    record MeasureLink(String task, String link) {
    }

    private final List<String> added = new ArrayList<>();

    @AfterEach
    void removeAddedDocuments() {
        writer.delete(added);
    }

    @Test
    void theSeedsShow000And002AsSixteenDuplicatePairsTaskForTask() {
        List<StoredLink> duplicates = links().stream().filter(l -> l.kind().equals("DUPLICATE")).toList();
        assertThat(duplicates).hasSize(16).allSatisfy(l -> {
            assertThat(l.a()).startsWith(DOC_000 + "/");
            assertThat(l.b()).isEqualTo(DOC_002 + l.a().substring(DOC_000.length()));
            assertThat(l.score()).isEqualTo(1.0);
        });
        // each pair is one measure of kind DUPLICATE unless overlaps of other plans join it
        assertThat(measures()).filteredOn(m -> m.kind().equals("DUPLICATE")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.tasks()).hasSize(2));
    }

    @Test
    void storedLinksAndMeasuresAreWhatTheEngineGivesForTheStoredTasks() {
        // the seeds were written in one batch: every link is as a computation from scratch gives it
        assertConsistentWithAFreshComputation(List.of(), List.of(DOC_000, DOC_001, DOC_002, DOC_003, DOC_004));
    }

    @Test
    void ingestingReplacingAndDeletingADocumentKeepLinksAndMeasuresConsistent() throws Exception {
        List<StoredLink> linksBefore = links();
        List<StoredMeasure> measuresBefore = measures();
        int indexedBefore = similar.indexed();
        byte[] plan = createKechengAs(KECHENG);
        String kecheng1 = KECHENG + "/二、/1";
        assertThat(links()).anySatisfy(l -> {
            assertThat(List.of(l.a(), l.b())).containsExactlyInAnyOrder(QUZHOU_TASK, kecheng1);
            assertThat(l.kind()).isEqualTo("DUPLICATE");
        });
        assertThat(measureOf(kecheng1)).isNotNull().satisfies(m -> assertThat(m.tasks()).contains(QUZHOU_TASK));
        assertThat(similar.indexed()).isEqualTo(indexedBefore + 2);
        assertThat(regionLinks()).contains(new RegionLink(KECHENG, "330802", "柯城区"));
        assertConsistentWithAFreshComputation(linksBefore, List.of(KECHENG));

        List<StoredLink> created = links();
        assertThat(loader.load(List.of(new Source(KECHENG + ".txt", plan)))).extracting(DocumentLoader.Loaded::outcome)
                .containsExactly(GraphWriter.Outcome.UNCHANGED);
        assertThat(links()).isEqualTo(created);

        // the restated task now commits to a sports measure: its links and measure follow
        String replaced = new String(plan, StandardCharsets.UTF_8).replace(
                "1.推进学前教育高标准优质普惠。建立公办园和普惠性幼儿园服务区制度,推进柯城区浙江省幼儿园保育教育质量提升实验区建设。"
                        + "到2027年,普惠性幼儿园比例保持在95%以上,公办园在园幼儿占比保持85%以上。",
                "1.开展青少年足球联赛。组织校园足球四级联赛,建设足球特色学校和训练营地。");
        assertThat(replaced).contains("足球");
        assertThat(loader.load(List.of(new Source(KECHENG + ".txt", replaced.getBytes(StandardCharsets.UTF_8)))))
                .extracting(DocumentLoader.Loaded::outcome).containsExactly(GraphWriter.Outcome.REPLACED);
        assertThat(links()).noneSatisfy(l -> assertThat(List.of(l.a(), l.b())).contains(kecheng1, QUZHOU_TASK));
        assertThat(measureOf(QUZHOU_TASK)).satisfies(m -> assertThat(m == null ? List.of() : m.tasks())
                .doesNotContain(kecheng1));
        assertConsistentWithAFreshComputation(linksBefore, List.of(KECHENG));

        assertThat(writer.delete(List.of(KECHENG))).isEqualTo(1);
        added.clear();
        assertThat(links()).isEqualTo(linksBefore);
        assertThat(measures()).isEqualTo(measuresBefore);
        assertThat(similar.indexed()).isEqualTo(indexedBefore);
    }

    /**
     * A stored measure that the tasks of a new document join is updated in place: only their OF_MEASURE links are
     * written, the links of its other tasks stay as they are (a batch deleted and created again every link of every
     * measure it reached; see README, "At scale").
     */
    @Test
    void aStoredMeasureThatATaskJoinsKeepsTheLinksOfItsOtherTasks() throws Exception {
        StoredMeasure before = measureOf(QUZHOU_TASK);
        assertThat(before).isNotNull();
        List<MeasureLink> linksBefore = measureLinks(before.id());
        createKechengAs(KECHENG);

        String kecheng1 = KECHENG + "/二、/1";
        StoredMeasure joined = measureOf(kecheng1);
        assertThat(joined).isNotNull();
        assertThat(joined.id()).isEqualTo(before.id());
        assertThat(joined.tasks()).containsAll(before.tasks()).contains(kecheng1);
        assertThat(joined.taskCount()).isEqualTo(joined.tasks().size());
        assertThat(measureLinks(before.id())).containsAll(linksBefore).hasSize(joined.tasks().size());

        assertThat(writer.delete(List.of(KECHENG))).isEqualTo(1);
        added.clear();
        // the measures of a removed document are grouped again from what is left of them (and written again)
        assertThat(measureOf(QUZHOU_TASK)).isEqualTo(before);
    }

    /**
     * A run stopped after some of its batches deletes what it created (as SIGTERM does, and a failed batch): the
     * measures its documents joined, grew or merged are updated in place again, and the graph is what it was before
     * the run, links, measures and counts, as a computation from scratch gives it for the seeds.
     */
    @Test
    void aStoppedRunLeavesTheLinksMeasuresAndCountsAsTheyWereBefore() throws Exception {
        List<StoredLink> linksBefore = links();
        List<StoredMeasure> measuresBefore = measures();
        Map<String, Long> countsBefore = counts();
        int indexedBefore = similar.indexed();
        List<Source> run = new ArrayList<>(measurePlans(List.of("zz-national-preschool", "zz-quzhou-preschool",
                KECHENG)));
        for (String plan : List.of("11_guobanfa2019-3_xiaoqu_youeryuan", "07_guobanfa2018-121_tiyu_jingsai")) {
            run.add(new Source(plan + ".txt", Files.readAllBytes(Path.of("src/test/resources/overlap/corpus/" + plan
                    + ".txt"))));
        }
        AtomicReference<DocumentLoader> running = new AtomicReference<>();
        List<String> batches = new ArrayList<>();
        List<List<StoredMeasure>> whileRunning = new ArrayList<>();
        Corrections stopAtTheFourth = new Corrections(reader) {
            @Override
            Map<String, List<String>> apply(List<dev.policygraph.graph.Document> documents) {
                documents.forEach(d -> batches.add(d.getId()));
                if (batches.size() == 4) {
                    whileRunning.add(measures());
                    running.get().stop(); // this batch is still written, the next is not
                }
                return super.apply(documents);
            }
        };
        DocumentLoader oneByOne = new DocumentLoader(writer, duplicates, stopAtTheFourth, clock, 1);
        running.set(oneByOne);
        added.addAll(List.of("zz-national-preschool", "zz-quzhou-preschool", KECHENG,
                "11_guobanfa2019-3_xiaoqu_youeryuan", "07_guobanfa2018-121_tiyu_jingsai"));
        assertThatThrownBy(() -> oneByOne.load(run)).isInstanceOf(DocumentLoader.StoppedException.class)
                .hasMessageContaining("after 4 of 5 documents");
        // the run had changed the seeds' measures: the first three batches' tasks joined some of them
        assertThat(whileRunning.get(0)).isNotEqualTo(measuresBefore)
                .anySatisfy(m -> {
                    assertThat(measuresBefore).extracting(StoredMeasure::id).contains(m.id());
                    assertThat(measuresBefore).doesNotContain(m);
                });
        assertThat(oneByOne.notDeleted()).isEmpty();

        assertThat(links()).isEqualTo(linksBefore);
        assertThat(measures()).isEqualTo(measuresBefore);
        assertThat(counts()).isEqualTo(countsBefore);
        // the index was freed for the undo, which went on without it; the next write of documents builds it again
        assertThat(similar.indexed()).isZero();
        assertConsistentWithAFreshComputation(List.of(), List.of(DOC_000, DOC_001, DOC_002, DOC_003, DOC_004));
        createKechengAs(KECHENG);
        assertThat(similar.indexed()).isEqualTo(indexedBefore + 2);
        assertConsistentWithAFreshComputation(linksBefore, List.of(KECHENG));
        assertThat(writer.delete(List.of(KECHENG))).isEqualTo(1);
        assertThat(links()).isEqualTo(linksBefore);
        assertThat(measures()).isEqualTo(measuresBefore);
        assertThat(similar.indexed()).isEqualTo(indexedBefore);
    }

    /**
     * A measure whose smallest task leaves (the measure is named after it) keeps its node, renamed, and the OF_MEASURE
     * links of its other tasks; deleting the document gives it back its name, again in place.
     */
    @Test
    void aMeasureWhoseSmallestTaskComesAndGoesIsRenamedInPlace() throws Exception {
        StoredMeasure before = measureOf(QUZHOU_TASK);
        assertThat(before).isNotNull();
        List<MeasureLink> linksBefore = measureLinks(before.id());
        // the same plan under a name that sorts before every seed: its task becomes the measure's smallest
        String first = "0-kecheng-preschool";
        createKechengAs(first);
        String task = first + "/二、/1";
        StoredMeasure joined = measureOf(task);
        assertThat(joined).isNotNull();
        assertThat(joined.id()).isEqualTo(MeasureRule.ID_PREFIX + task);
        assertThat(joined.tasks()).containsAll(before.tasks());
        assertThat(measureLinks(joined.id())).containsAll(linksBefore).hasSize(joined.tasks().size());

        assertThat(writer.delete(List.of(first))).isEqualTo(1);
        added.clear();
        assertThat(measureOf(QUZHOU_TASK)).isEqualTo(before);
        assertThat(measureLinks(before.id())).isEqualTo(linksBefore);
    }

    @Test
    void documentsAreLinkedToTheRegionTheyAreIssuedIn() {
        assertThat(regionLinks()).contains(new RegionLink(DOC_000, "5104", "攀枝花市"),
                new RegionLink(DOC_003, "3308", "衢州市"), new RegionLink(DOC_004, "500108", "南岸区"));
    }

    /**
     * The links of the {@code changed} documents are those computed from scratch for the tasks the graph holds, the
     * others are {@code unchanged} (a new document does not rescore the pairs of others: IDF drifts a little as the
     * collection grows), and the measures are the groups of all stored links.
     */
    private void assertConsistentWithAFreshComputation(List<StoredLink> unchanged, List<String> changed) {
        TaskIndex index = new TaskIndex();
        Map<String, String> documentOf = new HashMap<>();
        String after = "";
        while (true) {
            List<SimilarTasks.StoredText> page = queries.list(ReadQuery.TASK_TEXTS,
                    new SimilarTasks.TextPage(after, TaskKind.TASK.code(), 1000), SimilarTasks.StoredText.class);
            for (SimilarTasks.StoredText t : page) {
                TaskText text = t.asText();
                index.add(text);
                documentOf.put(text.id(), text.document());
            }
            if (page.size() < 1000) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }
        List<Link> expected = MeasureRule.kept(MeasureRule.links(index.allPairs(), documentOf::get), List.of()).stream()
                .filter(l -> changed.contains(l.aDocument()) || changed.contains(l.bDocument())).toList();
        List<StoredLink> stored = links();
        List<StoredLink> others = stored.stream().filter(l -> !changed.contains(documentOf.get(l.a()))
                && !changed.contains(documentOf.get(l.b()))).toList();
        assertThat(others).isEqualTo(unchanged);
        assertThat(stored).hasSize(expected.size() + others.size());
        Map<String, StoredLink> byPair = new HashMap<>();
        stored.forEach(l -> byPair.put(l.a() + "|" + l.b(), l));
        for (Link l : expected) {
            StoredLink s = byPair.get(l.a() + "|" + l.b());
            assertThat(s).as(l.a() + " - " + l.b()).isNotNull();
            assertThat(s.kind()).isEqualTo(l.kind().name());
            assertThat(s.score()).isCloseTo(l.score(), within(1e-9));
            assertThat(s.reciprocal()).as(l.a() + " - " + l.b()).isEqualTo(l.reciprocal());
        }
        List<Link> all = stored.stream().map(l -> new Link(l.a(), l.b(), documentOf.get(l.a()), documentOf.get(l.b()),
                l.score(), PairKind.valueOf(l.kind()), l.reciprocal())).toList();
        List<MeasureGroup> groups = MeasureRule.group(all);
        assertThat(measures()).extracting(StoredMeasure::id, StoredMeasure::kind, StoredMeasure::tasks,
                        StoredMeasure::documentCount)
                .containsExactlyElementsOf(groups.stream().map(g -> org.assertj.core.groups.Tuple.tuple(g.id(),
                        g.kind().name(), g.tasks(), (long) g.documentCount())).toList());
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = graph.counts();
        counts.remove("node:Change"); // the journal records the run and its undoing
        return counts;
    }

    private List<StoredLink> links() {
        return graph.list("same-measure-all", Map.of(), StoredLink.class);
    }

    private List<StoredMeasure> measures() {
        return graph.list("measures-all", Map.of(), StoredMeasure.class);
    }

    private List<MeasureLink> measureLinks(String measure) {
        return graph.list("measure-links", Map.of("id", measure), MeasureLink.class);
    }

    private List<RegionLink> regionLinks() {
        return graph.list("document-region-links", Map.of(), RegionLink.class);
    }

    private @Nullable StoredMeasure measureOf(String task) {
        return measures().stream().filter(m -> m.tasks().contains(task)).findFirst().orElse(null);
    }

    /** Loads the 柯城区 plan of src/test/resources/measures as the document {@code name}, created; its bytes. */
    private byte[] createKechengAs(String name) throws Exception {
        added.add(name);
        byte[] plan = Files.readAllBytes(Path.of("src/test/resources/measures/" + KECHENG + ".txt"));
        assertThat(loader.load(List.of(new Source(name + ".txt", plan)))).extracting(DocumentLoader.Loaded::outcome)
                .containsExactly(GraphWriter.Outcome.CREATED);
        return plan;
    }
}
