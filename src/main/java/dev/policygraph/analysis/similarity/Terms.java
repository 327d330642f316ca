package dev.policygraph.analysis.similarity;

import java.util.Arrays;

/** Open-addressing map from a bigram key to a dense term number, so that postings and counts live in arrays. */
final class Terms {

    private static final int EMPTY = Integer.MIN_VALUE;

    private int[] keys = new int[1 << 12];
    private int[] values = new int[1 << 12];
    private int size;
    /** keyOf[term] is the key numbered term. */
    private int[] keyOf = new int[1 << 11];

    Terms() {
        Arrays.fill(keys, EMPTY);
    }

    int size() {
        return size;
    }

    /** The key of every term by its number (valid up to {@link #size()}; the array is replaced as it grows). */
    int[] keys() {
        return keyOf;
    }

    /** The term number of key, or -1 when the key was never added. */
    int get(int key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
            if (keys[i] == EMPTY) {
                return -1;
            }
        }
    }

    /** The term number of key, numbering it when new. */
    int add(int key) {
        if (key == EMPTY) {
            key = EMPTY + 1; // never produced by two chars; keeps the sentinel free
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
            if (keys[i] == EMPTY) {
                keys[i] = key;
                values[i] = size;
                if (size == keyOf.length) {
                    keyOf = Arrays.copyOf(keyOf, size * 2);
                }
                keyOf[size] = key;
                return size++;
            }
        }
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static int mix(int x) {
        int h = x * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
