package dev.policygraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns raw bytes into text, refusing what is not a readable Chinese text file. */
final class TextDecoder {

    static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    static String decode(String file, byte[] bytes) {
        if (bytes.length == 0) {
            throw new ParseException(file, "the file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ParseException(file, "the file is " + bytes.length + " bytes; at most " + MAX_BYTES
                    + " are read (is it really one policy document?)");
        }
        String text = decodeByBom(bytes);
        if (text == null) {
            if (looksBinary(bytes)) {
                throw new ParseException(file, "the file is binary, not text (NUL or control bytes found)");
            }
            text = strict(bytes, StandardCharsets.UTF_8);
            if (text == null) {
                text = strict(bytes, GB18030);
                if (text != null && !readsAsChinese(text)) {
                    throw new ParseException(file, "the bytes decode as GB18030 but not as Chinese text (another"
                            + " encoding such as Shift-JIS or Big5?); convert it to UTF-8");
                }
            }
        }
        if (text == null) {
            throw new ParseException(file, "the text is neither UTF-8 nor GB18030/GBK; convert it to UTF-8");
        }
        if (text.isBlank()) {
            throw new ParseException(file, "the file holds only white space");
        }
        if (hanShare(text) < 0.2) {
            throw new ParseException(file, "the text has almost no Chinese characters; wrong encoding or not a"
                    + " policy document");
        }
        return text;
    }

    private static String decodeByBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return strict(java.util.Arrays.copyOfRange(b, 3, b.length), StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return strict(java.util.Arrays.copyOfRange(b, 2, b.length), StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return strict(java.util.Arrays.copyOfRange(b, 2, b.length), StandardCharsets.UTF_16BE);
        }
        return null;
    }

    private static boolean looksBinary(byte[] b) {
        int control = 0;
        int n = Math.min(b.length, 64 * 1024);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > n / 100;
    }

    private static String strict(byte[] bytes, Charset charset) {
        if (charset == StandardCharsets.UTF_8) {
            // the fast lenient decoder puts U+FFFD where the strict one stops; without one, both read the same text
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            if (lenient.indexOf('\uFFFD') < 0) {
                return lenient;
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * GB18030 maps almost any bytes to characters; Chinese text of any length is mostly made of its few hundred
     * commonest characters, text in another encoding read as GB18030 is not.
     */
    private static boolean readsAsChinese(String text) {
        int han = 0;
        int common = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TextOps.isHan(c)) {
                han++;
                if (COMMON.indexOf(c) >= 0) {
                    common++;
                }
            }
        }
        return han < 20 || common * 5 >= han;
    }

    /** The commonest characters of Chinese government writing. */
    private static final String COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
            + "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制"
            + "机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原"
            + "又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文"
            + "总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战"
            + "先回则任取据处府研质务教育局市县省单位责任牵配合推设施完善加快强化健全落实";

    private static double hanShare(String text) {
        int han = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            visible++;
            if (TextOps.isHan(c)) {
                han++;
            }
        }
        return visible == 0 ? 0 : (double) han / visible;
    }
}
