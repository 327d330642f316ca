package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextOpsTest {

    /** isHan skips the script lookup for the common ranges: it must agree with the lookup on every char. */
    @Test
    void isHanAgreesWithTheUnicodeScriptOfEveryChar() {
        List<Integer> disagreeing = new ArrayList<>();
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            if (TextOps.isHan((char) c) != han) {
                disagreeing.add(c);
            }
        }
        assertThat(disagreeing).isEmpty();
        assertThat(TextOps.isHan('教')).isTrue();
        assertThat(TextOps.isHan('〇')).isTrue();
        assertThat(TextOps.isHan('a')).isFalse();
        assertThat(TextOps.isHan('、')).isFalse();
    }

    /** Paragraphs.markWideGaps marks what WIDE_GAP's replaceAll marks, around Han characters in and out of the BMP. */
    @Test
    void markWideGapsAgreesWithWideGap() {
        String[] alphabet = {"汉", "字", "\u3000", " ", "\u00a0", "a", "。", "\uD840\uDC00", "\uD840", "\uDC00", "〇", "\n"};
        Random random = new Random(12);
        List<String> disagreeing = new ArrayList<>();
        for (int t = 0; t < 200_000; t++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = s.toString();
            if (!Paragraphs.markWideGaps(text).equals(Paragraphs.WIDE_GAP.matcher(text).replaceAll("\u0001"))) {
                disagreeing.add(text);
            }
        }
        assertThat(disagreeing).isEmpty();
        assertThat(Paragraphs.markWideGaps("教育部\u3000\u3000国家发展改革委")).isEqualTo("教育部\u0001国家发展改革委");
        assertThat(Paragraphs.markWideGaps("教育部  财政部 a  b")).isEqualTo("教育部\u0001财政部 a  b");
    }
}
