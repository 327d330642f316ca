package dev.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParsedDocument;
import dev.policygraph.ingest.ParsedTask;
import dev.policygraph.ingest.UnitRef;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each seed written as a real Word, PDF and HTML file gives the same tasks, with the same lead and co-responsible
 * units and deadlines, as the seed's text file.
 */
class SeedFormatsTest {

    private static final DocumentParser PARSER = new DocumentParser();
    private final Extractor extractor = new Extractor();

    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    static Stream<Arguments> seedsAndFormats() throws IOException {
        return seeds().flatMap(seed -> Stream.of(FileType.DOCX, FileType.PDF, FileType.HTML)
                .map(type -> Arguments.of(seed.getFileName().toString(), type)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("seedsAndFormats")
    void givesTheTasksOfTheTextFile(String seed, FileType type) throws IOException {
        byte[] txt = Files.readAllBytes(Path.of("seeds", seed));
        List<String> lines = Fixtures.lines(new String(txt, java.nio.charset.StandardCharsets.UTF_8));
        String base = seed.substring(0, seed.length() - 4);
        byte[] bytes = switch (type) {
            case DOCX -> Fixtures.docx(lines, null);
            case PDF -> Fixtures.pdf(lines);
            case HTML -> Fixtures.html(lines, null, "gbk", gbkOrGb18030(lines));
            default -> throw new IllegalArgumentException(type.name());
        };
        ExtractedFile file = extractor.extract(base + "." + type.name().toLowerCase(), bytes);

        assertThat(file.type()).isEqualTo(type);
        ParsedDocument expected = PARSER.parse(seed, txt);
        assertThat(expected.tasks()).isNotEmpty();
        assertSameTasks(file.parse(PARSER), expected);
    }

    /** GBK where it can encode the text; GB18030 (which browsers read for a gbk label) where it cannot. */
    static Charset gbkOrGb18030(List<String> lines) {
        Charset gbk = Charset.forName("GBK");
        return gbk.newEncoder().canEncode(String.join("\n", lines)) ? gbk : Charset.forName("GB18030");
    }

    static void assertSameTasks(ParsedDocument actual, ParsedDocument expected) {
        assertThat(actual.meta().title()).isEqualTo(expected.meta().title());
        assertThat(actual.tasks().stream().map(SeedFormatsTest::describe).toList())
                .containsExactlyElementsOf(expected.tasks().stream().map(SeedFormatsTest::describe).toList());
    }

    /** A task as the comparison sees it: key, title, leads, co-responsible units, convention flag, deadline. */
    static String describe(ParsedTask t) {
        return t.key() + " | " + t.title() + " | lead " + units(t.leads()) + " | co " + units(t.co())
                + (t.leadByConvention() ? " | by convention" : "") + " | due " + t.deadline();
    }

    private static String units(List<UnitRef> units) {
        return units.stream().map(u -> u.scope() + "/" + u.canonical()).toList().toString();
    }
}
