package dev.policygraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.ingest.DocumentParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The candidates of {@link DuplicateIndex} hold every pair that {@link DuplicateRule} accepts, and few others. */
class DuplicateIndexTest {

    @Test
    void documentsWithNearlyTheSameTasksAlwaysShareASketchKey() {
        Random random = new Random(12);
        int nearlySame = 0;
        for (int round = 0; round < 20_000; round++) {
            int n = 3 + random.nextInt(60);
            Set<String> a = new LinkedHashSet<>();
            for (int i = 0; i < n; i++) {
                a.add(i + "|任务" + random.nextInt(1_000_000));
            }
            Set<String> b = new LinkedHashSet<>(a);
            // drop and add a few keys: overlaps around the threshold
            int changes = random.nextInt(Math.max(1, n / 8 + 2));
            List<String> list = new ArrayList<>(b);
            for (int i = 0; i < changes && !list.isEmpty(); i++) {
                b.remove(list.get(random.nextInt(list.size())));
                if (random.nextBoolean()) {
                    b.add("x" + i + "|其他" + random.nextInt(1_000));
                }
            }
            if (DuplicateRule.taskOverlap(a, b) >= DuplicateRule.MIN_TASK_OVERLAP) {
                nearlySame++;
                Set<String> common = new HashSet<>(DuplicateRule.sketch(a));
                common.retainAll(DuplicateRule.sketch(b));
                assertThat(common).as("%s / %s", a, b).isNotEmpty();
            }
        }
        assertThat(nearlySame).isGreaterThan(2_000);
    }

    @Test
    void theSketchIsAboutATenthOfTheKeysAndNoneBelowThree() {
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < 40; i++) {
            keys.add(i + "|任务" + i);
        }
        assertThat(DuplicateRule.sketch(keys)).hasSize(5).isSubsetOf(keys);
        assertThat(DuplicateRule.sketch(Set.of("1|a", "2|b"))).isEmpty();
    }

    @Test
    void onTheSeedsAndTestPlansTheIndexFindsWhatComparingAllPairsFinds() throws IOException {
        DocumentParser parser = new DocumentParser();
        List<DocumentSignature> all = new ArrayList<>();
        for (String dir : List.of("seeds", "src/test/resources/plans/real", "src/test/resources/plans/family")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    all.add(DocumentSignature.of(parser.parse(p.getFileName().toString(), Files.readAllBytes(p))));
                }
            }
        }
        // each seed twice, as another file: every document has a duplicate
        List<DocumentSignature> docs = new ArrayList<>(all);
        all.forEach(s -> docs.add(new DocumentSignature("copy-" + s.id(), s.fingerprint(), s.docNumber(),
                s.titleKey(), s.taskKeys())));
        DuplicateIndex index = new DuplicateIndex();
        docs.forEach(index::add);
        List<String> byIndex = new ArrayList<>();
        List<String> byAllPairs = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            int same = index.firstMatch(docs.get(i), i);
            byIndex.add(same < 0 ? null : docs.get(same).id());
            String first = null;
            for (int j = 0; j < docs.size() && first == null; j++) {
                if (j != i && DuplicateRule.compare(docs.get(j), docs.get(i)).isPresent()) {
                    first = docs.get(j).id();
                }
            }
            byAllPairs.add(first);
        }
        assertThat(byIndex).isEqualTo(byAllPairs).doesNotContainNull();
        // the 000/002 renderings of one plan are one document
        assertThat(byIndex.get(0)).startsWith("002");
    }
}
