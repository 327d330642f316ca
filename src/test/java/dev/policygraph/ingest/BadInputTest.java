package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input that is not a policy text is refused with a message that says why, naming the file. */
class BadInputTest {

    private final DocumentParser parser = new DocumentParser();

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> parser.parse("empty.txt", new byte[0]))
                .isInstanceOf(ParseException.class).hasMessageContaining("empty.txt").hasMessageContaining("empty");
    }

    @Test
    void refusesWhiteSpaceOnly() {
        assertThatThrownBy(() -> parser.parse("blank.txt", " \n\t\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ParseException.class).hasMessageContaining("white space");
    }

    @Test
    void refusesBinary() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[10] = 0;
        assertThatThrownBy(() -> parser.parse("image.png", bytes))
                .isInstanceOf(ParseException.class).hasMessageContaining("binary");
    }

    @Test
    void refusesTextInAnUnknownEncoding() {
        byte[] latin = "Plan d'action pour l'éducation, année 2027 — objectifs".repeat(20)
                .getBytes(Charset.forName("UTF-16LE"));
        assertThatThrownBy(() -> parser.parse("utf16.txt", latin)).isInstanceOf(ParseException.class);
    }

    @Test
    void refusesHugeFiles() {
        byte[] huge = new byte[TextDecoder.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertThatThrownBy(() -> parser.parse("huge.txt", huge))
                .isInstanceOf(ParseException.class).hasMessageContaining("at most");
    }

    @Test
    void refusesTextWithoutChineseCharacters() {
        assertThatThrownBy(() -> parser.parse("english.txt",
                "This is an English memo about schools.\nNothing here.".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ParseException.class).hasMessageContaining("Chinese");
    }

    @Test
    void readsGb18030AsTheSameDocumentAsUtf8() {
        String text = new String(Seeds.bytes("004"), StandardCharsets.UTF_8);
        ParsedDocument utf8 = parser.parse("004.txt", text.getBytes(StandardCharsets.UTF_8));
        ParsedDocument gbk = parser.parse("004.txt", text.getBytes(Charset.forName("GB18030")));
        assertThat(gbk.contentHash()).isEqualTo(utf8.contentHash());
        assertThat(gbk.tasks()).isEqualTo(utf8.tasks());
    }

    @Test
    void readsUtf8WithByteOrderMark() {
        byte[] body = Seeds.bytes("003");
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(parser.parse("003.txt", withBom).tasks()).isEqualTo(parser.parse("003.txt", body).tasks())
                .filteredOn(t -> t.kind().equals("task")).hasSize(24);
    }

    @Test
    void refusesTextInAnotherEncodingThatGb18030WouldReadAsGarbage() {
        String japanese = "第一条 この計画は、地域の教育を充実させることを目的とする。\n第二条 市教育委員会は、学校の整備を進める。\n";
        byte[] shiftJis = japanese.repeat(5).getBytes(java.nio.charset.Charset.forName("Shift_JIS"));
        String traditional = "一、總體要求\n為深入貫徹落實關於教育發展的決策部署，結合本市實際，制定本實施方案。\n";
        byte[] big5 = traditional.repeat(5).getBytes(java.nio.charset.Charset.forName("Big5"));
        for (byte[] bytes : List.of(shiftJis, big5)) {
            assertThatThrownBy(() -> parser.parse("other.txt", bytes)).isInstanceOf(ParseException.class)
                    .hasMessageContaining("other.txt").hasMessageContaining("not as Chinese text");
        }
    }
}
