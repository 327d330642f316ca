package dev.policygraph.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the decoder and the parser behind it with raw bytes (any encoding, binary, byte-order
 * marks, truncated sequences): they read the bytes or refuse them with the documented {@link ParseException}.
 */
class DecoderFuzzTest {

    private final DocumentParser parser = new DocumentParser();

    @FuzzTest(maxDuration = "40s")
    void decodesOrRefusesAnyBytes(byte[] bytes) {
        try {
            parser.parse("fuzz.bin", bytes);
        } catch (ParseException expected) {
            // the documented refusal
        }
    }
}
