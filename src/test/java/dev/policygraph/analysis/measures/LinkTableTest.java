package dev.policygraph.analysis.measures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.analysis.similarity.PairTable;
import dev.policygraph.analysis.similarity.TaskIndex;
import dev.policygraph.analysis.similarity.TaskText;
import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParsedDocument;
import dev.policygraph.ingest.ParsedTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule computed on the engine's columns ({@link MeasureRule#linksAndMeasures}, what the server does at start)
 * gives what it gives through collections of pairs and links (what a document write does), on the seeds and the
 * labelled plans; and the collections' answers do not depend on the order of their input.
 */
class LinkTableTest {

    @Test
    void theColumnsGiveTheLinksAndMeasuresOfTheCollections() throws IOException {
        TaskIndex index = new TaskIndex();
        Map<String, String> documentOf = new HashMap<>();
        DocumentParser parser = new DocumentParser();
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("seeds"), Path.of("src/test/resources/overlap/corpus"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        for (Path f : files) {
            ParsedDocument d = parser.parse(f.getFileName().toString(), Files.readAllBytes(f));
            for (int i = 0; i < d.tasks().size(); i++) {
                ParsedTask t = d.tasks().get(i);
                if (t.kind().equals("task")) {
                    String id = d.file() + "#" + i;
                    documentOf.put(id, d.file());
                    index.add(new TaskText(id, d.file(), t.title(), t.text()));
                }
            }
        }
        PairTable table = index.allPairTable();
        assertThat(table.asList()).isEqualTo(index.allPairs());
        for (int i = 0; i < table.size(); i++) {
            assertThat(table.task(table.a(i))).isLessThan(table.task(table.b(i)));
            assertThat(table.document(table.documentOf(table.a(i)))).isEqualTo(documentOf.get(table.task(table.a(i))));
        }

        List<Link> all = MeasureRule.links(index.allPairs(), documentOf::get);
        List<Link> kept = MeasureRule.kept(all, List.of());
        MeasureRule.Computed computed = MeasureRule.linksAndMeasures(table);
        assertThat(computed.links()).isEqualTo(kept);
        assertThat(computed.measures()).isEqualTo(MeasureRule.group(kept));
        // the fixture is worth the comparison: reciprocal and not, measures of several plans (every link is kept here:
        // no task has more than LINKS_PER_TASK; MeasureRuleTest holds the cap)
        assertThat(all).extracting(Link::reciprocal).contains(true, false);
        assertThat(kept).hasSameSizeAs(all);
        assertThat(computed.measures()).anySatisfy(m -> assertThat(m.documentCount()).isGreaterThan(2));

        Random random = new Random(250);
        List<Link> shuffled = new ArrayList<>(all);
        for (int round = 0; round < 3; round++) {
            Collections.shuffle(shuffled, random);
            assertThat(MeasureRule.kept(shuffled, List.of())).isEqualTo(kept);
            assertThat(new HashSet<>(MeasureRule.links(shuffled.stream().map(l -> new dev.policygraph.analysis
                    .similarity.SimilarPair(l.a(), l.b(), l.kind(), l.score())).toList(), documentOf::get)))
                    .isEqualTo(new HashSet<>(all));
        }
    }
}
