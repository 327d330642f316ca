package dev.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
}
