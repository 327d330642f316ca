package dev.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import dev.policygraph.loading.DocumentLoader;
import dev.policygraph.loading.Source;
import dev.policygraph.persistence.GraphWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * duplicateDocuments is paged with first and offset (100 when first is not given): the pages, read one after the
 * other, are the whole list in the order of first and second id, each pair once, and each page holds the properties
 * asked for of both documents.
 */
class DuplicatePagesTest extends GraphTestSupport {

    /** Copies of seed 004 in other bytes (line ends, trailing lines): the same text, so all are one document. */
    private static final int COPIES = 5;

    private static final String PAIRS = "query($first: Int, $offset: Int) { duplicateDocuments(first: $first, "
            + "offset: $offset) { first { id title } second { id title } reason similarity } }";

    @org.springframework.beans.factory.annotation.Autowired
    DocumentLoader loader;
    @org.springframework.beans.factory.annotation.Autowired
    GraphWriter writer;

    private final List<String> added = new ArrayList<>();

    @BeforeEach
    void loadCopies() throws Exception {
        String text = Files.readString(Path.of("seeds/004_17aa41a902222470.txt"));
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < COPIES; i++) {
            String copy = (i % 2 == 0 ? text.replace("\n", "\r\n") : text) + "\n".repeat(i + 1);
            String id = "zz-dup-" + i;
            added.add(id);
            sources.add(new Source(id + ".txt", copy.getBytes(StandardCharsets.UTF_8)));
        }
        loader.load(sources);
    }

    @AfterEach
    void removeCopies() {
        writer.delete(added);
    }

    @Test
    void pagesFollowOneAnotherWithoutOverlapAndAddUpToTheWholeList() {
        // the seeds' pair (000, 002) and every pair of 004 and its five copies
        int expected = 1 + (COPIES + 1) * COPIES / 2;
        List<String> all = pairs(data(PAIRS, Map.of()).get("duplicateDocuments"));
        assertThat(all).hasSize(expected).doesNotHaveDuplicates()
                .isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(all.get(0)).isEqualTo(DOC_000 + " " + DOC_002);
        assertThat(all).contains(DOC_004 + " zz-dup-0", "zz-dup-3 zz-dup-4");

        List<String> paged = new ArrayList<>();
        List<String> previous = List.of();
        for (int offset = 0; offset < expected + 3; offset += 3) {
            JsonNode page = data(PAIRS, Map.of("first", 3, "offset", offset)).get("duplicateDocuments");
            List<String> ids = pairs(page);
            assertThat(ids).hasSizeLessThanOrEqualTo(3);
            if (!previous.isEmpty() && !ids.isEmpty()) {
                // page n + 1 starts after the end of page n, none of its pairs on the page before
                assertThat(ids.get(0)).isGreaterThan(previous.get(previous.size() - 1));
                assertThat(new HashSet<>(ids)).doesNotContainAnyElementsOf(previous);
            }
            page.forEach(p -> {
                assertThat(p.get("reason").asString()).isNotEmpty();
                assertThat(p.get("first").get("title").asString()).isNotEmpty();
                assertThat(p.get("second").get("title").asString())
                        .isEqualTo(p.get("first").get("title").asString());
            });
            paged.addAll(ids);
            previous = ids;
        }
        assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    void aPageOfTheCopiesHoldsTheSameTextReasonAndTheDocumentsAskedFor() {
        JsonNode page = data(PAIRS, Map.of("first", 2, "offset", 1)).get("duplicateDocuments");
        assertThat(pairs(page)).containsExactly(DOC_004 + " zz-dup-0", DOC_004 + " zz-dup-1");
        JsonNode pair = page.get(0);
        assertThat(pair.get("reason").asString()).isEqualTo("SAME_TEXT");
        assertThat(pair.get("similarity").asDouble()).isEqualTo(1.0);
        JsonNode full = data("query($id: ID!) { document(id: $id) { title } }", Map.of("id", DOC_004)).get("document");
        assertThat(pair.get("first").get("title").asString()).isEqualTo(full.get("title").asString());
    }

    @Test
    void pagesBeyondTheEndAreEmptyAndBadPagesAreRefused() {
        assertThat(data(PAIRS, Map.of("first", 5, "offset", 1000)).get("duplicateDocuments")).isEmpty();
        assertThat(data(PAIRS, Map.of("first", 0)).get("duplicateDocuments")).isEmpty();
        assertThat(graphql(PAIRS, Map.of("first", 501)).get("errors").toString()).contains("first must be between 0 and 500");
        assertThat(graphql(PAIRS, Map.of("offset", -1)).get("errors").toString()).contains("offset must not be negative");
    }

    private static List<String> pairs(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(p -> out.add(p.get("first").get("id").asString() + " " + p.get("second").get("id").asString()));
        return out;
    }
}
