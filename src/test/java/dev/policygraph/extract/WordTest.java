package dev.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.ingest.Block;
import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParsedDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word specifics: numbers Word generates, the old binary format, WPS files. */
class WordTest {

    private static final DocumentParser PARSER = new DocumentParser();
    private static final String SEED = "seeds/000_f9e1bd7774fd9019.txt";
    private final Extractor extractor = new Extractor();

    @Test
    void headingsNumberedByWordGetTheirNumbersBack() throws IOException {
        byte[] txt = Files.readAllBytes(Path.of(SEED));
        List<String> lines = Fixtures.lines(Files.readString(Path.of(SEED)));
        byte[] docx = Fixtures.docxNumbered(lines);
        ExtractedFile file = extractor.extract("numbered.docx", docx);

        assertThat(file.blocks()).contains(new Block.Line("一、目标任务"), new Block.Line("二、重点工作"),
                new Block.Line("(一)打造一批区域教育高质量发展品牌。"), new Block.Line("(二)推动区域教育“三大中心建设”。"));
        ParsedDocument expected = PARSER.parse("000.txt", txt);
        assertThat(expected.sections()).hasSizeGreaterThan(4);
        assertThat(file.parse(PARSER).sections()).isEqualTo(expected.sections());
        SeedFormatsTest.assertSameTasks(file.parse(PARSER), expected);
    }

    @Test
    void aWord97FileGivesTheTasksOfTheTextFile() throws IOException {
        // Written by LibreOffice 7.4 from Fixtures.docx of the seed (POI cannot write .doc).
        byte[] doc = Files.readAllBytes(Path.of("src/test/resources/extract/002_edfc64f43b48f390.doc"));
        ParsedDocument expected = PARSER.parse("002.txt", Files.readAllBytes(Path.of("seeds/002_edfc64f43b48f390.txt")));

        ExtractedFile asDoc = extractor.extract("002.doc", doc);
        ExtractedFile asWps = extractor.extract("002.wps", doc);

        assertThat(asDoc.type()).isEqualTo(FileType.DOC);
        assertThat(asWps.type()).isEqualTo(FileType.WPS);
        assertThat(asWps.blocks()).isEqualTo(asDoc.blocks());
        SeedFormatsTest.assertSameTasks(asDoc.parse(PARSER), expected);
    }

    @Test
    void listLabelsAsWordPrintsThem() {
        assertThat(ListLabels.format(1, "chineseCounting")).isEqualTo("一");
        assertThat(ListLabels.format(10, "chineseCountingThousand")).isEqualTo("十");
        assertThat(ListLabels.format(12, "chineseCounting")).isEqualTo("十二");
        assertThat(ListLabels.format(20, "japaneseCounting")).isEqualTo("二十");
        assertThat(ListLabels.format(105, "ideographDigital")).isEqualTo("一百零五");
        assertThat(ListLabels.format(3, "chineseLegalSimplified")).isEqualTo("叁");
        assertThat(ListLabels.format(2, "ideographTraditional")).isEqualTo("乙");
        assertThat(ListLabels.format(3, "decimalEnclosedCircle")).isEqualTo("③");
        assertThat(ListLabels.format(7, "decimalZero")).isEqualTo("07");
        assertThat(ListLabels.format(28, "lowerLetter")).isEqualTo("bb");
        assertThat(ListLabels.format(14, "upperRoman")).isEqualTo("XIV");
        assertThat(ListLabels.format(5, "bullet")).isEmpty();
        assertThat(ListLabels.format(5, "someFutureFormat")).isEqualTo("5");
    }
}
