package dev.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.ingest.Block;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines that a PDF wrapped come back as the paragraphs that were written; page numbers stay apart. */
class PdfTest {

    private final Extractor extractor = new Extractor();

    @Test
    void wrappedLinesAreJoinedIntoTheirParagraphs() throws IOException {
        List<String> paragraphs = Fixtures.lines(Files.readString(Path.of("seeds/004_17aa41a902222470.txt"))).stream()
                .map(p -> p.replaceAll("[\\s\\p{Zs}]+", " ").strip()).toList();
        ExtractedFile file = extractor.extract("004.pdf", Fixtures.pdf(paragraphs));

        List<String> lines = file.blocks().stream().map(b -> ((Block.Line) b).text()).toList();
        List<String> pageNumbers = lines.stream().filter(l -> l.matches("- \\d+ -")).toList();
        assertThat(pageNumbers).hasSizeGreaterThan(5);
        assertThat(lines.stream().filter(l -> !pageNumbers.contains(l)).toList())
                .containsExactlyElementsOf(paragraphs);
    }

    @Test
    void aParagraphRunningAcrossAPageBreakIsOneLineFollowedByThePageNumber() {
        String filler = "为全面贯彻落实教育大会精神,结合实际制定本方案。";
        List<String> paragraphs = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            paragraphs.add((i + 1) + "." + filler.repeat(3));
        }
        List<Block> blocks = extractor.extract("long.pdf", Fixtures.pdf(paragraphs)).blocks();

        assertThat(blocks.stream().filter(b -> b instanceof Block.Line l && l.text().startsWith("- 1 -")))
                .hasSize(1);
        assertThat(blocks.stream().map(b -> ((Block.Line) b).text()).filter(t -> !t.matches("- \\d+ -")).toList())
                .containsExactlyElementsOf(paragraphs);
    }
}
