package dev.policygraph.extract;

/** Byte-pattern look-ups for telling file types apart. */
final class Bytes {

    private Bytes() {
    }

    static boolean startsWith(byte[] b, byte[] prefix) {
        return indexOf(b, prefix, 0, prefix.length) == 0;
    }

    /** Where {@code needle} first occurs wholly within {@code b[from, to)}, or -1. */
    static int indexOf(byte[] b, byte[] needle, int from, int to) {
        int end = Math.min(b.length, to) - needle.length;
        outer:
        for (int i = Math.max(0, from); i <= end; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
